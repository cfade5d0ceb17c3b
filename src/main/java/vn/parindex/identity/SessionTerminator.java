package vn.parindex.identity;

import java.util.Set;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of an account that was deactivated or had its password reset, so
 * the change takes effect at the user's next click instead of after the idle timeout.
 */
@Component
class SessionTerminator {

	private static final Set<String> ENDING = Set.of("DEACTIVATE", "RESET_PASSWORD");

	private final SessionRegistry sessions;

	SessionTerminator(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void on(UserChanged event) {
		if (!ENDING.contains(event.action())) {
			return;
		}
		this.sessions.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof ParindexUser user
					&& user.getUsername().equals(event.after().username()))
			.flatMap((principal) -> this.sessions.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
	}

}
