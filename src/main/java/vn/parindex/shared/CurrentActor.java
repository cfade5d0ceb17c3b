package vn.parindex.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request or task. Without a signed-in user every check fails.
 */
@Component
public class CurrentActor {

	public Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	public Actor get() {
		return find().orElseThrow(AccessRefusedException::new);
	}

	public Actor requireRole(Role... roles) {
		Actor actor = get();
		actor.requireRole(roles);
		return actor;
	}

}
