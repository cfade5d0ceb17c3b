package vn.parindex.shared;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: a signed-in user, or the system itself at start-up. Facades ask it
 * before they act, so the check holds for pages, fragments, downloads and the API alike.
 *
 * @param userId the user's id, null for the system
 * @param username the login name, {@code system} for the system
 * @param role what the actor may do
 * @param unitId the actor's unit, null for ADMIN, VIEWER and the system
 */
public record Actor(@Nullable Long userId, String username, Role role, @Nullable Long unitId) {

	public static final Actor SYSTEM = new Actor(null, "system", Role.ADMIN, null);

	public boolean hasRole(Role... roles) {
		return Arrays.asList(roles).contains(this.role);
	}

	public void requireRole(Role... roles) {
		if (!hasRole(roles)) {
			throw new AccessRefusedException();
		}
	}

	/** Read access: ADMIN and VIEWER see every unit; everyone else only their own. */
	public void requireCanRead(long unit) {
		if (!hasRole(Role.ADMIN, Role.VIEWER) && !Objects.equals(this.unitId, unit)) {
			throw new AccessRefusedException();
		}
	}

}
