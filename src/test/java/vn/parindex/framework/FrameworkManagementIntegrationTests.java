package vn.parindex.framework;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Cloning, versions, diff and immutability through the facade, on the demo frameworks.
 */
@IntegrationTest
class FrameworkManagementIntegrationTests {

	@Autowired
	FrameworkManagement frameworks;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private <T> T admin(java.util.function.Supplier<T> action) {
		return Actors.as(this.users, "admin", action);
	}

	private long demo(int year, String unitTypes) {
		return admin(() -> this.frameworks.list(year)
			.stream()
			.filter((row) -> row.unitTypes().equals(unitTypes) && row.versionNo() == 1)
			.findFirst()
			.orElseThrow()
			.id());
	}

	@Test
	void cloningLastYearsFrameworkGivesTheSameTreeInANewYearAsTheNextVersion() {
		long source = demo(2023, "DEPARTMENT");
		int before = admin(() -> this.frameworks.list(2024)).size();

		long first = admin(() -> this.frameworks.copy(source, 2024));
		long second = admin(() -> this.frameworks.copy(source, 2024));

		FrameworkView copy = admin(() -> this.frameworks.view(second));
		FrameworkDefinition original = admin(() -> this.frameworks.definition(source));
		assertThat(copy.definition()).isEqualTo(original.withHeader(original.header().withYear(2024)));
		assertThat(copy.row().status()).isEqualTo(FrameworkStatus.DRAFT);
		assertThat(copy.row().clonedFromId()).isEqualTo(source);
		assertThat(copy.row().versionNo()).isEqualTo(admin(() -> this.frameworks.view(first)).row().versionNo() + 1);
		assertThat(admin(() -> this.frameworks.list(2024))).hasSize(before + 2);
		assertThat(admin(() -> this.frameworks.diff(source, second)).changes()).isEmpty();
		assertThat(this.jdbc.sql(
				"select count(*) from audit_event where subject_type = 'framework' and action = 'CLONE' and subject_id = ?")
			.param(Long.toString(second))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anEditedCloneDiffersFromItsSourceAndListsTheFault() {
		long source = demo(2023, "DEPARTMENT");
		long copy = admin(() -> this.frameworks.copy(source, 2024));
		FrameworkView view = admin(() -> this.frameworks.view(copy));
		NodeDefinition leaf = view.definition().node("1.1.2").orElseThrow();

		Actors.run(this.users, "admin", () -> this.frameworks.updateNode(copy, view.version(), "1.1.2",
				leaf.withMaxPoints(new BigDecimal("3"))));

		FrameworkView edited = admin(() -> this.frameworks.view(copy));
		assertThat(edited.issuesOf("1.1")).extracting(ValidationIssue::messageKey)
			.containsExactly("framework.validation.children-sum");
		assertThat(edited.valid()).isFalse();
		assertThat(admin(() -> this.frameworks.diff(source, copy)).maxMoves()).extracting(FrameworkDiff.Change::code)
			.containsExactly("1.1.2");
		assertThat(this.jdbc.sql(
				"select old_value ->> 'maxPoints' from audit_event where subject_type = 'framework' and action = 'UPDATE_NODE' and subject_id = ?")
			.param(Long.toString(copy))
			.query(String.class)
			.single()).isEqualTo("2.00");
	}

	@Test
	void aFrameworkInUseRefusesEveryChangeAndKeepsItsContent() {
		long copy = admin(() -> this.frameworks.copy(demo(2023, "DEPARTMENT"), 2024));
		Actors.run(this.users, "admin", () -> this.frameworks.lockForPeriod(copy, "Kỳ thử nghiệm"));
		FrameworkView locked = admin(() -> this.frameworks.view(copy));
		NodeDefinition leaf = locked.definition().node("1.2").orElseThrow();

		assertThatExceptionOfType(FrameworkLockedException.class)
			.isThrownBy(() -> Actors.run(this.users, "admin",
					() -> this.frameworks.updateNode(copy, locked.version(), "1.2",
							leaf.withMaxPoints(BigDecimal.TEN))))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("Kỳ thử nghiệm"));
		assertThatExceptionOfType(FrameworkLockedException.class).isThrownBy(
				() -> Actors.run(this.users, "admin", () -> this.frameworks.removeNode(copy, locked.version(), "1")));
		assertThat(admin(() -> this.frameworks.view(copy)).definition()).isEqualTo(locked.definition());
		assertThat(locked.row().lockedReason()).isEqualTo("Kỳ thử nghiệm");
	}

	@Test
	void aStaleFormIsRefusedAndNonAdminsCannotEdit() {
		long copy = admin(() -> this.frameworks.copy(demo(2025, "WARD,COMMUNE"), 2026));
		FrameworkView view = admin(() -> this.frameworks.view(copy));
		NodeDefinition leaf = view.definition().node("1.2").orElseThrow();
		Actors.run(this.users, "admin", () -> this.frameworks.removeNode(copy, view.version(), "1.3"));

		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> Actors.run(this.users, "admin",
				() -> this.frameworks.updateNode(copy, view.version(), "1.2", leaf)));
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> Actors.run(this.users, "canbo.skhcn", () -> this.frameworks.copy(copy, 2027)));
		assertThat(Actors.as(this.users, "canbo.skhcn", () -> this.frameworks.view(copy)).definition().node("1.3"))
			.isEmpty();
	}

	@Test
	void aFrameworkWithFaultsCannotBeLockedForAPeriod() {
		long copy = admin(() -> this.frameworks.copy(demo(2023, "DEPARTMENT"), 2024));
		FrameworkView view = admin(() -> this.frameworks.view(copy));
		Actors.run(this.users, "admin", () -> this.frameworks.removeNode(copy, view.version(), "1.4"));

		assertThatExceptionOfType(vn.parindex.shared.BusinessRuleException.class)
			.isThrownBy(() -> Actors.run(this.users, "admin", () -> this.frameworks.lockForPeriod(copy, "Kỳ")))
			.withMessage("framework.invalid-for-period");
		assertThat(admin(() -> this.frameworks.view(copy)).row().status()).isEqualTo(FrameworkStatus.DRAFT);
	}

}
