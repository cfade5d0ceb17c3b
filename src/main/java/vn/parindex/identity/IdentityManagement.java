package vn.parindex.identity;

import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * User accounts: ADMIN lists, creates, edits, deactivates and resets; every user changes
 * their own password.
 */
@Service
@Transactional
public class IdentityManagement {

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;

	private final UserQueries queries;

	private final OrganisationManagement organisation;

	private final UserImport userImport;

	private final Collaborators with;

	IdentityManagement(Users users, UserQueries queries, OrganisationManagement organisation, UserImport userImport,
			Collaborators collaborators) {
		this.users = users;
		this.queries = queries;
		this.organisation = organisation;
		this.userImport = userImport;
		this.with = collaborators;
	}

	@Transactional(readOnly = true)
	public List<UserRow> find(UserFilter filter) {
		this.with.actor().requireRole(Role.ADMIN);
		// Unit names come from the organisation module, not from a join on its table.
		Map<Long, UnitRow> units = this.organisation.find(UnitFilter.all())
			.stream()
			.collect(Collectors.toMap(UnitRow::id, Function.identity()));
		return this.queries.find(filter)
			.stream()
			.map((row) -> row.withUnit((row.unitId() != null) ? units.get(row.unitId()) : null))
			.toList();
	}

	/**
	 * Creates an account; ADMIN only. Without a password a temporary one is generated.
	 */
	public CreatedUser create(UserForm form) {
		this.with.actor().requireRole(Role.ADMIN);
		if (this.users.findByUsername(form.username()).isPresent()) {
			throw new BusinessRuleException("identity.user.username-taken", form.username());
		}
		checkUnitExists(Objects.requireNonNull(form.role()), form.unitId());
		return createAccount(form);
	}

	/**
	 * Creates every user of an xlsx sheet, each with a temporary password, or none at all
	 * when any cell is bad; ADMIN only.
	 */
	public List<CreatedUser> importUsers(InputStream in) {
		this.with.actor().requireRole(Role.ADMIN);
		return this.userImport.read(in).stream().map(this::createAccount).toList();
	}

	/** The signed-in user's own account with their unit. */
	@Transactional(readOnly = true)
	public MyAccount me() {
		Long id = this.with.actor().get().userId();
		UserAccount user = Optional.ofNullable(id)
			.flatMap(this.users::findById)
			.orElseThrow(() -> new NotFoundException("user", id));
		UserSnapshot account = user.snapshot();
		UnitRow unit = (account.unitId() != null) ? this.organisation.findRow(account.unitId()).orElse(null) : null;
		return new MyAccount(account.username(), account.fullName(), account.role(), account.unitId(),
				(unit != null) ? unit.code() : null, (unit != null) ? unit.name() : null);
	}

	/**
	 * For other modules: the active users with one of the roles, of the unit when one is
	 * given, as notification addressees. No access check.
	 */
	@Transactional(readOnly = true)
	public List<Recipient> recipients(Collection<Role> roles, @org.jspecify.annotations.Nullable Long unitId) {
		return this.queries.recipients(roles, unitId);
	}

	/** For other modules: the active users among the ids. No access check. */
	@Transactional(readOnly = true)
	public List<Recipient> recipients(Collection<Long> userIds) {
		return this.queries.recipients(userIds);
	}

	public void deactivate(long id) {
		change(id, "DEACTIVATE", UserAccount::deactivate);
	}

	public void activate(long id) {
		change(id, "ACTIVATE", UserAccount::activate);
	}

	/**
	 * Sets a temporary password that the user must change at the next sign-in; ADMIN
	 * only.
	 */
	public CreatedUser resetPassword(long id) {
		String password = temporaryPassword();
		String hash = this.with.encoder().encode(password);
		UserAccount user = change(id, "RESET_PASSWORD", (account) -> account.resetPassword(hash));
		return new CreatedUser(id, user.username(), password);
	}

	/** The signed-in user chooses a new password, proving the current one. */
	public void changeOwnPassword(String current, String replacement) {
		long id = Objects.requireNonNull(this.with.actor().get().userId());
		UserAccount user = this.users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		if (!this.with.encoder().matches(current, user.passwordHash())) {
			throw new BusinessRuleException("identity.password.current-wrong");
		}
		if (this.with.encoder().matches(replacement, user.passwordHash())) {
			throw new BusinessRuleException("identity.password.same");
		}
		UserAccount.checkPassword(replacement);
		UserSnapshot before = user.snapshot();
		user.changePassword(this.with.encoder().encode(replacement));
		this.users.flush();
		this.with.events().publishEvent(new UserChanged("CHANGE_PASSWORD", id, before, user.snapshot()));
	}

	private UserAccount change(long id, String action, java.util.function.Consumer<UserAccount> change) {
		this.with.actor().requireRole(Role.ADMIN);
		UserAccount user = this.users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
		if (action.equals("DEACTIVATE") && Long.valueOf(id).equals(this.with.actor().get().userId())) {
			throw new BusinessRuleException("identity.user.cannot-deactivate-self");
		}
		UserSnapshot before = user.snapshot();
		change.accept(user);
		this.users.flush();
		this.with.events().publishEvent(new UserChanged(action, id, before, user.snapshot()));
		return user;
	}

	private CreatedUser createAccount(UserForm form) {
		Role role = Objects.requireNonNull(form.role());
		boolean generated = form.password() == null || form.password().isBlank();
		String password = generated ? temporaryPassword() : form.password();
		UserAccount.checkPassword(password);
		// The unit goes in as given, so the account itself refuses a unit for ADMIN and
		// VIEWER.
		UserAccount user = new UserAccount(form.username(), form.fullName(), form.email(), role, form.unitId(),
				this.with.encoder().encode(password), this.with.clock().instant());
		if (generated) {
			user.resetPassword(user.passwordHash());
		}
		this.users.saveAndFlush(user);
		this.with.events().publishEvent(new UserChanged("CREATE", user.id(), null, user.snapshot()));
		return new CreatedUser(user.id(), user.username(), generated ? password : null);
	}

	void checkUnitExists(Role role, @org.jspecify.annotations.Nullable Long unitId) {
		if (role.belongsToUnit() && unitId != null && this.organisation.findRow(unitId).isEmpty()) {
			throw new BusinessRuleException("identity.user.unit-unknown");
		}
	}

	static String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

	/** The infrastructure every account change needs. */
	@org.springframework.stereotype.Component
	record Collaborators(CurrentActor actor, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
	}

}
