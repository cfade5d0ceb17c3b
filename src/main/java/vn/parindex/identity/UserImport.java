package vn.parindex.identity;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.Role;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxRow;
import vn.parindex.shared.xlsx.XlsxSheet;

/**
 * Reads a sheet of new users and checks every cell before anything is created, so the
 * admin fixes the whole file in one go.
 */
@Component
class UserImport {

	static final String USERNAME = "Tên đăng nhập";

	static final String FULL_NAME = "Họ và tên";

	static final String EMAIL = "Email";

	static final String ROLE = "Vai trò";

	static final String UNIT = "Mã đơn vị";

	static final List<String> HEADERS = List.of(USERNAME, FULL_NAME, EMAIL, ROLE, UNIT);

	private static final Pattern USERNAME_PATTERN = Pattern.compile("[A-Za-z0-9._\\-]{3,64}");

	// Stricter than @Email on purpose: a spreadsheet typo such as "an@dongthap" should be
	// caught before hundreds of accounts are created.
	private static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int MAX_TEXT = 200;

	private final Users users;

	private final OrganisationManagement organisation;

	private final MessageSource messages;

	UserImport(Users users, OrganisationManagement organisation, MessageSource messages) {
		this.users = users;
		this.organisation = organisation;
		this.messages = messages;
	}

	/** The rows as forms without passwords; one bad cell rejects the whole sheet. */
	List<UserForm> read(InputStream in) {
		List<XlsxRow> rows = XlsxSheet.read(in, HEADERS);
		if (rows.isEmpty()) {
			throw new ImportRejectedException(List.of(new ImportError(2, "A2", "identity.import.empty")));
		}
		Check check = new Check(roleNames());
		List<UserForm> forms = rows.stream().map(check::row).toList();
		if (!check.errors.isEmpty()) {
			throw new ImportRejectedException(check.errors);
		}
		return forms;
	}

	/** Role codes and their labels in both languages, lower case, to their role. */
	private Map<String, Role> roleNames() {
		Map<String, Role> names = new HashMap<>();
		for (Role role : Role.values()) {
			names.put(role.name().toLowerCase(Locale.ROOT), role);
			for (String language : List.of("vi", "en")) {
				String label = this.messages.getMessage("role." + role.name(), null, role.name(),
						Locale.forLanguageTag(language));
				names.put(label.trim().toLowerCase(Locale.ROOT), role);
			}
		}
		return names;
	}

	/** The checks of one import, remembering what earlier rows used. */
	private final class Check {

		private final List<ImportError> errors = new ArrayList<>();

		private final Map<String, Integer> usernameRows = new HashMap<>();

		private final Map<String, Optional<UnitRow>> units = new HashMap<>();

		private final Map<String, Role> roleNames;

		Check(Map<String, Role> roleNames) {
			this.roleNames = roleNames;
		}

		UserForm row(XlsxRow row) {
			String username = username(row);
			String fullName = text(row, FULL_NAME, true);
			String email = email(row);
			Role role = role(row);
			Long unitId = unit(row, role);
			return new UserForm(username, fullName, email, role, unitId, null);
		}

		private String username(XlsxRow row) {
			String username = text(row, USERNAME, true);
			if (username.isEmpty()) {
				return username;
			}
			String key = username.toLowerCase(Locale.ROOT);
			Integer earlier = this.usernameRows.putIfAbsent(key, row.number());
			if (!USERNAME_PATTERN.matcher(username).matches()) {
				this.errors.add(row.error(USERNAME, "identity.import.username-invalid"));
			}
			else if (earlier != null) {
				this.errors.add(row.error(USERNAME, "import.duplicate-in-file", earlier));
			}
			else if (UserImport.this.users.findByUsername(username).isPresent()) {
				this.errors.add(row.error(USERNAME, "identity.user.username-taken", username));
			}
			return username;
		}

		private @Nullable String email(XlsxRow row) {
			String email = text(row, EMAIL, false);
			if (!email.isEmpty() && !EMAIL_PATTERN.matcher(email).matches()) {
				this.errors.add(row.error(EMAIL, "identity.import.email-invalid"));
			}
			return email.isEmpty() ? null : email;
		}

		private @Nullable Role role(XlsxRow row) {
			String text = text(row, ROLE, true);
			if (text.isEmpty()) {
				return null;
			}
			Role role = this.roleNames.get(text.toLowerCase(Locale.ROOT));
			if (role == null) {
				this.errors.add(row.error(ROLE, "identity.import.role-unknown", text));
			}
			return role;
		}

		private @Nullable Long unit(XlsxRow row, @Nullable Role role) {
			String code = row.text(UNIT);
			if (role != null && role.belongsToUnit() && code.isEmpty()) {
				this.errors.add(row.error(UNIT, "identity.user.unit-required"));
			}
			if (role != null && !role.belongsToUnit() && !code.isEmpty()) {
				this.errors.add(row.error(UNIT, "identity.user.unit-not-allowed"));
				return null;
			}
			if (code.isEmpty()) {
				return null;
			}
			Optional<UnitRow> unit = this.units.computeIfAbsent(code, this::findUnit);
			if (unit.isEmpty()) {
				this.errors.add(row.error(UNIT, "identity.import.unit-unknown", code));
			}
			return unit.map(UnitRow::id).orElse(null);
		}

		/** Codes are upper case; a file typed in lower case still finds its units. */
		private Optional<UnitRow> findUnit(String code) {
			OrganisationManagement organisation = UserImport.this.organisation;
			return organisation.findByCode(code).or(() -> organisation.findByCode(code.toUpperCase(Locale.ROOT)));
		}

		/** The cell's text, reporting it when required and empty or when too long. */
		private String text(XlsxRow row, String header, boolean required) {
			String text = row.text(header);
			if (required && text.isEmpty()) {
				this.errors.add(row.error(header, "import.required"));
			}
			else if (text.length() > MAX_TEXT) {
				this.errors.add(row.error(header, "identity.import.too-long", MAX_TEXT));
			}
			return text;
		}

	}

}
