package org.chancery.documents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The BPMN engine starts after Flyway: the engine creates its own tables, and a Flyway clean (tests on
 * a kept PostgreSQL database) must not run after the engine has looked at the schema.
 */
@Configuration(proxyBeanMethods = false)
class EngineOrdering {

	@Bean
	static BeanFactoryPostProcessor engineAfterFlyway() {
		return factory -> {
			for (String engine : List.of("processEngine", "flowableProcessEngineConfiguration", "springProcessEngineConfiguration")) {
				if (factory.containsBeanDefinition(engine) && factory.containsBeanDefinition("flywayInitializer")) {
					BeanDefinition definition = factory.getBeanDefinition(engine);
					List<String> depends = new ArrayList<>(definition.getDependsOn() == null ? List.of() : Arrays.asList(definition.getDependsOn()));
					depends.add("flywayInitializer");
					definition.setDependsOn(depends.toArray(String[]::new));
				}
			}
		};
	}
}
