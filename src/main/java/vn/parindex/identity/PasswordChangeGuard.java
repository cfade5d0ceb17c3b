package vn.parindex.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user whose password was generated or reset must choose their own before anything
 * else.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeGuard implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns("/account/password", "/login", "/logout", "/error", "/css/**", "/js/**", "/webjars/**",
					"/portal/**", "/actuator/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws java.io.IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ParindexUser user
				&& user.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return false;
		}
		return true;
	}

}
