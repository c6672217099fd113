package org.chancery.kernel;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Chancery's sessions on PostgreSQL run without JIT compilation. Its queries are short pages and
 * counts behind the access policy, whose correlated conditions make the planner's cost estimates
 * large: with JIT on, PostgreSQL spent 20 – 300 ms compiling queries that run in a few milliseconds
 * (measured on counts of the secrecy register). An {@code options} setting in the URL or the data
 * source properties wins.
 */
@Configuration(proxyBeanMethods = false)
class PostgresSessions {

	static final String OPTIONS = "-c jit=off";

	@Bean
	static BeanPostProcessor jitOffOnPostgres() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
						&& !hikari.getJdbcUrl().contains("options=") && !hikari.getDataSourceProperties().containsKey("options")) {
					hikari.addDataSourceProperty("options", OPTIONS);
				}
				return bean;
			}
		};
	}
}
