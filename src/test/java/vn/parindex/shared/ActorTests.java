package vn.parindex.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorTests {

	@Test
	void unitOfficerReadsOnlyTheirOwnUnit() {
		Actor officer = new Actor(7L, "canbo", Role.UNIT_OFFICER, 42L);
		assertThatCode(() -> officer.requireCanRead(42L)).doesNotThrowAnyException();
		assertThatThrownBy(() -> officer.requireCanRead(43L)).isInstanceOf(AccessRefusedException.class);
	}

	@Test
	void adminAndViewerReadEveryUnit() {
		assertThatCode(() -> new Actor(1L, "admin", Role.ADMIN, null).requireCanRead(43L)).doesNotThrowAnyException();
		assertThatCode(() -> new Actor(2L, "tinh", Role.VIEWER, null).requireCanRead(43L)).doesNotThrowAnyException();
	}

	@Test
	void refusesRolesNotListed() {
		Actor viewer = new Actor(2L, "tinh", Role.VIEWER, null);
		assertThatThrownBy(() -> viewer.requireRole(Role.ADMIN)).isInstanceOf(AccessRefusedException.class);
		assertThatCode(() -> viewer.requireRole(Role.ADMIN, Role.VIEWER)).doesNotThrowAnyException();
	}

}
