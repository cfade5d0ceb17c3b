package vn.parindex.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published-response cache runs on the portal and the open data only, after Spring
 * Security, so that security and CORS headers are written as for any response.
 */
@Configuration(proxyBeanMethods = false)
class PortalFilters {

	@Bean
	FilterRegistrationBean<PublishedResponseCache> publishedResponseCacheRegistration(PublishedResponseCache cache) {
		FilterRegistrationBean<PublishedResponseCache> registration = new FilterRegistrationBean<>(cache);
		registration.setUrlPatterns(PublishedResponseCache.PATTERNS);
		return registration;
	}

}
