package vn.parindex.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title page of {@code /v3/api-docs} and the Swagger UI (both ADMIN only).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI parindexApi() {
		return new OpenAPI().info(new Info().title("parindex API")
			.version("v1")
			.description("Chỉ số CCHC và SIPAS – JSON API under /api/v1. Errors are RFC 9457 ProblemDetail "
					+ "with a stable 'code'. Every call checks the caller's role and unit.")
			.license(new License().name("Open source")));
	}

}
