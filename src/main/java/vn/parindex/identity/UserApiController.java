package vn.parindex.identity;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.parindex.shared.Role;

/**
 * Who is signed in, and the user list for ADMIN, as JSON.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "The signed-in user and, for ADMIN, every user account")
class UserApiController {

	private final IdentityManagement identity;

	UserApiController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in user", description = "Username, full name, role and unit of the caller.")
	MyAccount me() {
		return this.identity.me();
	}

	@GetMapping("/users")
	@Operation(summary = "User accounts (ADMIN only)",
			description = "Every filter is optional; q matches part of the username, full name or email.")
	List<UserRow> users(@Parameter(description = "Role code") @RequestParam(required = false) @Nullable Role role,
			@Parameter(description = "Unit id") @RequestParam(required = false) @Nullable Long unitId,
			@Parameter(description = "true: active only, false: deactivated only") @RequestParam(
					required = false) @Nullable Boolean active,
			@Parameter(description = "Text to search") @RequestParam(required = false) @Nullable String q) {
		return this.identity.find(new UserFilter(role, unitId, active, q));
	}

}
