package vn.parindex.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import vn.parindex.shared.Formats;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("parindex-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Spring Boot rewrites every link a template writes through the static resource chain
	 * (for webjars-locator-lite), which looks each one up on the class path: about 20 ms
	 * for a portal ranking page with its unit links. Our templates name webjars without a
	 * version, which the resource handler resolves when the file is requested, so the
	 * rewriting is switched off: Boot registers its filter only when no other
	 * registration of it exists, and this one is disabled.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/** Templates format numbers and dates with {@code ${@fmt.percent(x)}}. */
	@Bean("fmt")
	FormatsHelper formatsHelper() {
		return new FormatsHelper();
	}

	/** A bean face on the static {@link Formats}, for templates. */
	static class FormatsHelper {

		public String percent(java.math.BigDecimal value) {
			return Formats.percent(value);
		}

		public String number(java.math.BigDecimal value) {
			return Formats.number(value);
		}

		public String number(java.math.BigDecimal value, int decimals) {
			return Formats.number(value, decimals);
		}

		public String date(java.time.LocalDate date) {
			return Formats.date(date);
		}

		public String dateTime(java.time.Instant instant) {
			return Formats.dateTime(instant);
		}

		public String fileSize(long bytes) {
			return Formats.fileSize(bytes);
		}

		/**
		 * A number typed into a form, as it is shown back: {@code 2,5}, {@code 45}; empty
		 * for null.
		 */
		public String typed(@org.jspecify.annotations.Nullable Number value) {
			if (value == null) {
				return "";
			}
			java.math.BigDecimal decimal = (value instanceof java.math.BigDecimal big) ? big
					: java.math.BigDecimal.valueOf(value.longValue());
			java.math.BigDecimal plain = decimal.stripTrailingZeros();
			if (plain.scale() < 0) {
				plain = plain.setScale(0);
			}
			return Formats.number(plain, plain.scale()).replace(".", "");
		}

	}

}
