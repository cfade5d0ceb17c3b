package vn.parindex.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes into the throttle.
 */
@Component
class LoginAttempts {

	private final LoginThrottle throttle;

	LoginAttempts(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		this.throttle.failed(event.getAuthentication().getName(), (address != null) ? address : "unknown");
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.throttle.succeeded(event.getAuthentication().getName());
	}

}
