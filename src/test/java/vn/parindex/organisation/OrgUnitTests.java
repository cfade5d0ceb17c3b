package vn.parindex.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import vn.parindex.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgUnitTests {

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	@Test
	void refusesValidityThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> unit(1, "X", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("organisation.unit.validity-reversed");
	}

	@Test
	void acceptsOneDayValidity() {
		OrgUnit unit = unit(1, "X", REFORM, REFORM);
		assertThat(unit.snapshot().validTo()).isEqualTo(REFORM);
	}

	@Test
	void communeSucceedsTheDistrictsWhoseAreaItTookOver() {
		OrgUnit district = unit(1, "H_TAM_NONG", null, LocalDate.of(2025, 6, 30)); // NQ
																					// 1663/NQ-UBTVQH15
		OrgUnit commune = unit(2, "X_TAM_NONG", REFORM, null);
		commune.succeed(List.of(new LineageLink(1, LineageRelation.AREA_TAKEN_OVER_BY, REFORM, true)),
				Map.of(1L, district));
		assertThat(commune.lineage()).singleElement()
			.satisfies((link) -> assertThat(link.relation()).isEqualTo(LineageRelation.AREA_TAKEN_OVER_BY));
	}

	@Test
	void refusesToSucceedItself() {
		OrgUnit unit = unit(1, "SNV", null, null);
		assertThatThrownBy(() -> unit.succeed(List.of(new LineageLink(1, LineageRelation.RENAMED, REFORM, false)),
				Map.of(1L, unit)))
			.hasMessage("organisation.lineage.self");
	}

	@Test
	void refusesAPredecessorStillValidOnTheSuccessionDay() {
		OrgUnit predecessor = unit(1, "SNV", null, REFORM);
		OrgUnit successor = unit(2, "SNV-2025", REFORM, null);
		assertThatThrownBy(() -> successor
			.succeed(List.of(new LineageLink(1, LineageRelation.MERGED_INTO, REFORM, false)), Map.of(1L, predecessor)))
			.hasMessage("organisation.lineage.predecessor-still-valid");
	}

	@Test
	void refusesAPredecessorThatNeverEnded() {
		OrgUnit predecessor = unit(1, "SNV", null, null);
		OrgUnit successor = unit(2, "SNV-2025", REFORM, null);
		assertThatThrownBy(() -> successor
			.succeed(List.of(new LineageLink(1, LineageRelation.MERGED_INTO, REFORM, false)), Map.of(1L, predecessor)))
			.hasMessage("organisation.lineage.predecessor-still-valid");
	}

	@Test
	void refusesTheSamePredecessorTwice() {
		OrgUnit predecessor = unit(1, "SKHDT", null, LocalDate.of(2025, 6, 30));
		OrgUnit successor = unit(2, "STC-2025", REFORM, null);
		LineageLink link = new LineageLink(1, LineageRelation.MERGED_INTO, REFORM, false);
		assertThatThrownBy(() -> successor.succeed(List.of(link, link), Map.of(1L, predecessor)))
			.hasMessage("organisation.lineage.duplicate");
	}

	@Test
	void replacingLineageDropsTheOldEdges() {
		OrgUnit first = unit(1, "SKHDT", null, LocalDate.of(2025, 6, 30));
		OrgUnit second = unit(3, "STC", null, LocalDate.of(2025, 6, 30));
		OrgUnit successor = unit(2, "STC-2025", REFORM, null);
		successor.succeed(List.of(new LineageLink(1, LineageRelation.MERGED_INTO, REFORM, false)), Map.of(1L, first));
		successor.succeed(List.of(new LineageLink(3, LineageRelation.MERGED_INTO, REFORM, false)), Map.of(3L, second));
		assertThat(successor.lineage()).extracting(LineageLink::predecessorId).containsExactly(3L);
	}

	static OrgUnit unit(long id, String code, LocalDate from, LocalDate to) {
		OrgUnit unit = new OrgUnit(code, new UnitDetails(code, code, UnitType.DEPARTMENT, 1, 1, from, to));
		ReflectionTestUtils.setField(unit, "id", id);
		return unit;
	}

}
