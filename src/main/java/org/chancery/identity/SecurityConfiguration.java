package org.chancery.identity;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Deny by default. Two chains: the API ({@code /api/**}, {@code /actuator/**}) answers 401/403 as
 * problem details and accepts personal API tokens; the pages use form sign-in with a second factor.
 * Everything not named here needs a fully signed-in person.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String MFA_PENDING = "MFA_PENDING";
	static final String MFA_ENROL = "MFA_ENROL";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	UserDetailsService userDetailsService(AccountAdministration administration) {
		return username -> administration.findByUsername(username).map(ChanceryUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

	/** The filters run inside the security chains only, not a second time as plain servlet filters. */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<BearerTokenFilter> bearerRegistration(BearerTokenFilter filter) {
		FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<SessionAccountFilter> sessionRegistration(SessionAccountFilter filter) {
		FilterRegistrationBean<SessionAccountFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, BearerTokenFilter bearer, SessionAccountFilter sessions, ProblemResponses problems)
			throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMIN.name())
				.anyRequest().hasAuthority(ChanceryUser.SIGNED_IN))
			.addFilterAfter(sessions, SecurityContextHolderFilter.class)
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.csrf(c -> c.ignoringRequestMatchers(BearerTokenFilter::hasBearer))
			.requestCache(c -> c.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden));
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, SignInHandlers handlers, SessionAccountFilter sessions) throws Exception {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		http.authorizeHttpRequests(a -> a
				.requestMatchers("/login", "/setup", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
				.requestMatchers("/login/code").hasAuthority(MFA_PENDING)
				.requestMatchers("/login/enrol", "/login/enrol/qr").hasAuthority(MFA_ENROL)
				.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**").hasRole(Role.SYSTEM_ADMIN.name())
				.anyRequest().hasAuthority(ChanceryUser.SIGNED_IN))
			.addFilterAfter(sessions, SecurityContextHolderFilter.class)
			.requestCache(c -> c.requestCache(cache))
			.formLogin(f -> f.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
			.logout(l -> l.logoutUrl("/logout").addLogoutHandler(handlers).logoutSuccessUrl("/login?logout"))
			.exceptionHandling(e -> e.accessDeniedHandler(handlers::accessDenied))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
		return http.build();
	}
}
