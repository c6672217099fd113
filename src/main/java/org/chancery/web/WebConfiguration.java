package org.chancery.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: zh-CN and English. Pages remember the choice made with the switch ({@code ?lang=}) in a
 * cookie, falling back to the browser's Accept-Language; the API follows Accept-Language alone.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver pages = new CookieLocaleResolver("chancery-lang");
		pages.setDefaultLocaleFunction(request -> negotiate(request));
		AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
		api.setSupportedLocales(SUPPORTED);
		api.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return isApi(request) ? api.resolveLocale(request) : supported(pages.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
				pages.setLocale(request, response, locale == null ? null : supported(locale));
			}
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static Locale negotiate(HttpServletRequest request) {
		Locale requested = request.getLocale();
		return supported(requested);
	}

	static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
