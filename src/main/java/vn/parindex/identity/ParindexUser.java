package vn.parindex.identity;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.parindex.shared.Actor;
import vn.parindex.shared.ActorPrincipal;

/**
 * The signed-in user as Spring Security keeps it in the session.
 */
class ParindexUser implements UserDetails, CredentialsContainer, ActorPrincipal {

	private final Actor actor;

	private final String fullName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final boolean mustChangePassword;

	ParindexUser(Actor actor, String fullName, String passwordHash, boolean enabled, boolean mustChangePassword) {
		this.actor = actor;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	String fullName() {
		return this.fullName;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	ParindexUser withPasswordChanged() {
		return new ParindexUser(this.actor, this.fullName, "", this.enabled, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.actor.role().authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** Sessions of the same account are found by username, whatever else changed. */
	@Override
	public boolean equals(Object other) {
		return other instanceof ParindexUser user && user.getUsername().equals(getUsername());
	}

	@Override
	public int hashCode() {
		return getUsername().hashCode();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
