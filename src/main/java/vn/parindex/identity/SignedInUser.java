package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.parindex.shared.Role;

/**
 * The header's "who is signed in", offered to every page as {@code signedIn}.
 *
 * @param fullName the user's name
 * @param role the user's role
 */
public record SignedInUser(String fullName, Role role) {

	@ControllerAdvice
	static class Advice {

		@ModelAttribute("signedIn")
		@Nullable SignedInUser signedIn() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof ParindexUser user) {
				return new SignedInUser(user.fullName(), user.actor().role());
			}
			return null;
		}

	}

}
