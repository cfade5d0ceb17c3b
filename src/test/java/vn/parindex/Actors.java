package vn.parindex;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs facade calls as a demo user, as a page handler would, for tests in any module.
 */
public final class Actors {

	private Actors() {
	}

	public static <T> T as(UserDetailsService users, String username, Supplier<T> action) {
		UserDetails user = users.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public static void run(UserDetailsService users, String username, Runnable action) {
		as(users, username, () -> {
			action.run();
			return null;
		});
	}

}
