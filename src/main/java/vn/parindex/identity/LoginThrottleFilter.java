package vn.parindex.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt before the password is checked when the account or the address
 * is throttled, so guessing gains nothing.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	LoginThrottleFilter(LoginThrottle throttle, ApplicationEventPublisher events) {
		this.throttle = throttle;
		this.events = events;
	}

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = (request.getParameter("username") != null) ? request.getParameter("username") : "";
		if (this.throttle.blocked(username, request.getRemoteAddr())) {
			this.events.publishEvent(new LoginThrottled(username, request.getRemoteAddr()));
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		chain.doFilter(request, response);
	}

}
