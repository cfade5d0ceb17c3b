package vn.parindex.identity;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTests {

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThatThrownBy(() -> UserAccount.checkPassword("12345678901")).isInstanceOf(BusinessRuleException.class)
			.hasMessage("identity.password.too-short");
		assertThatCode(() -> UserAccount.checkPassword("123456789012")).doesNotThrowAnyException();
	}

	@Test
	void unitRolesNeedAUnit() {
		assertThatThrownBy(() -> user(Role.UNIT_OFFICER, null)).hasMessage("identity.user.unit-required");
		assertThatThrownBy(() -> user(Role.APPRAISER, null)).hasMessage("identity.user.unit-required");
	}

	@Test
	void adminAndViewerBelongToNoUnit() {
		assertThatThrownBy(() -> user(Role.ADMIN, 5L)).hasMessage("identity.user.unit-not-allowed");
		assertThatThrownBy(() -> user(Role.VIEWER, 5L)).hasMessage("identity.user.unit-not-allowed");
	}

	@Test
	void usernamesAreStoredInLowerCase() {
		assertThat(new UserAccount(" CanBo.SNV ", "A", null, Role.UNIT_OFFICER, 5L, "hash", Instant.EPOCH).username())
			.isEqualTo("canbo.snv");
	}

	@Test
	void resetForcesAPasswordChangeAndChangingClearsIt() {
		UserAccount account = user(Role.UNIT_LEADER, 5L);
		account.resetPassword("new-hash");
		assertThat(account.mustChangePassword()).isTrue();
		account.changePassword("own-hash");
		assertThat(account.mustChangePassword()).isFalse();
	}

	@Test
	void auditSnapshotLeavesThePasswordHashOut() {
		assertThat(user(Role.UNIT_LEADER, 5L).snapshot().toString()).doesNotContain("secret-hash");
	}

	@Test
	void temporaryPasswordsAreLongEnough() {
		assertThatCode(() -> UserAccount.checkPassword(IdentityManagement.temporaryPassword()))
			.doesNotThrowAnyException();
	}

	static UserAccount user(Role role, Long unitId) {
		return new UserAccount("user", "Người dùng", null, role, unitId, "secret-hash", Instant.EPOCH);
	}

}
