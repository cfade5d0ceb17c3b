package vn.parindex.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Role;

/**
 * A person who signs in. Every role but ADMIN and VIEWER belongs to exactly one unit.
 */
@Entity
@Table(name = "identity_user")
class UserAccount {

	/** At least 12 characters, as the province's security policy asks. */
	static final int MIN_PASSWORD_LENGTH = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String fullName;

	private @Nullable String email;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long unitId;

	private boolean active = true;

	private boolean mustChangePassword;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
		this.username = "";
		this.fullName = "";
		this.passwordHash = "";
		this.role = Role.VIEWER;
		this.createdAt = Instant.EPOCH;
	}

	UserAccount(String username, String fullName, @Nullable String email, Role role, @Nullable Long unitId,
			String passwordHash, Instant createdAt) {
		checkUnit(role, unitId);
		this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
		this.fullName = fullName.trim();
		this.email = (email == null || email.isBlank()) ? null : email.trim();
		this.role = role;
		this.unitId = unitId;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	static void checkPassword(String rawPassword) {
		if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new BusinessRuleException("identity.password.too-short", MIN_PASSWORD_LENGTH);
		}
	}

	private static void checkUnit(Role role, @Nullable Long unitId) {
		if (role.belongsToUnit() && unitId == null) {
			throw new BusinessRuleException("identity.user.unit-required");
		}
		if (!role.belongsToUnit() && unitId != null) {
			throw new BusinessRuleException("identity.user.unit-not-allowed");
		}
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	/** An admin reset: the user must choose a new password at the next sign-in. */
	void resetPassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("user not saved yet");
		}
		return this.id;
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean active() {
		return this.active;
	}

	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	long version() {
		return this.version;
	}

	Actor actor() {
		return new Actor(id(), this.username, this.role, this.unitId);
	}

	/** The state the audit log records; never the password hash. */
	UserSnapshot snapshot() {
		return new UserSnapshot(this.username, this.fullName, this.email, this.role, this.unitId, this.active,
				this.mustChangePassword);
	}

}
