package vn.parindex.reporting;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Other sites' JavaScript may read the open data: CORS on {@code /api/public/v1/**} only,
 * for any origin, GET and HEAD, without credentials, exposing {@code ETag} and
 * {@code Content-Disposition}. Spring Security puts a CORS filter in its chain by itself
 * when a {@link UrlBasedCorsConfigurationSource} bean exists, and takes the one named
 * {@code corsConfigurationSource}; it answers the preflight before sign-in is asked.
 * Other paths (the signed-in {@code /api/v1/**}, the pages) have no CORS configuration
 * and get no CORS headers.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataCors {

	static final String PATTERN = "/api/public/v1/**";

	@Bean
	UrlBasedCorsConfigurationSource corsConfigurationSource() {
		CorsConfiguration open = new CorsConfiguration();
		open.addAllowedOrigin(CorsConfiguration.ALL);
		open.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name()));
		// A reader holding an ETag may ask again with If-None-Match (304).
		open.setAllowedHeaders(List.of(HttpHeaders.IF_NONE_MATCH));
		open.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION));
		open.setAllowCredentials(false);
		open.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(PATTERN, open);
		return source;
	}

}
