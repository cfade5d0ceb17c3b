package vn.parindex.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import vn.parindex.shared.Role;

/**
 * Creates a user. The password is optional: left empty, a temporary one is generated and
 * shown once, and the user must change it at the first sign-in.
 */
public record UserForm(
		@NotBlank(message = "{identity.user.required}") @Size(min = 3, max = 64,
				message = "{identity.user.username.size}") @Pattern(regexp = "[A-Za-z0-9._\\-]+",
						message = "{identity.user.username.pattern}") String username,
		@NotBlank(message = "{identity.user.required}") @Size(max = 200,
				message = "{identity.user.too-long}") String fullName,
		@Email(message = "{identity.user.email.invalid}") @Size(max = 200,
				message = "{identity.user.too-long}") @Nullable String email,
		@NotNull(message = "{identity.user.role.required}") @Nullable Role role, @Nullable Long unitId,
		@Size(max = 200, message = "{identity.user.too-long}") @Nullable String password) {

	public static UserForm empty() {
		return new UserForm("", "", "", null, null, "");
	}

}
