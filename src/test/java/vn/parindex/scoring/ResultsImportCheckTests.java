package vn.parindex.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parindex.framework.BonusStage;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkStatus;
import vn.parindex.framework.Source;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every rule of an import of official points, cell by cell, on a framework of two scored
 * leaves (6 and 4 points, both allowing N/A), a bonus and a penalty.
 */
class ResultsImportCheckTests {

	private static final long GROUP = 7;

	private static final long FRAMEWORK = 70;

	private static final FrameworkDefinition DEFINITION = ScoringFixtures.framework(
			ScoringFixtures.settings(BonusStage.AFTER_PERCENT, true, "5", "5"), ScoringFixtures.field("1", "10"),
			ScoringFixtures.leaf("1.1", "6", Source.SELF_ASSESSMENT),
			ScoringFixtures.leaf("1.2", "4", Source.SELF_ASSESSMENT), ScoringFixtures.field("9", null),
			ScoringFixtures.extra("9.1", Source.BONUS), ScoringFixtures.extra("9.2", Source.PENALTY));

	@Test
	void aGoodFileGivesEveryLeafWithCommasNaAndCodesInAnyCase() {
		List<ResultsImportCheck.Parsed> parsed = check(row("snv", "1.1", "5,5", "", "Thiếu báo cáo quý IV"),
				row("SNV", "1.2", "", "x", ""), row("SNV", "9.1", "1", "", ""), row("SNV", "9.2", "-1,25", "", ""));
		assertThat(parsed)
			.extracting(ResultsImportCheck.Parsed::unitId, ResultsImportCheck.Parsed::peerGroupId,
					ResultsImportCheck.Parsed::frameworkId, ResultsImportCheck.Parsed::leafCode,
					(row) -> (row.points() != null) ? row.points().toPlainString() : null,
					ResultsImportCheck.Parsed::notApplicable, ResultsImportCheck.Parsed::note)
			.containsExactly(tuple(1L, GROUP, FRAMEWORK, "1.1", "5.5", false, "Thiếu báo cáo quý IV"),
					tuple(1L, GROUP, FRAMEWORK, "1.2", null, true, null),
					tuple(1L, GROUP, FRAMEWORK, "9.1", "1", false, null),
					tuple(1L, GROUP, FRAMEWORK, "9.2", "-1.25", false, null));
	}

	@Test
	void everyBadCellIsReportedAtOnce() {
		assertThatThrownBy(() -> check(row("KHONG_CO", "1.1", "1", "", ""), // A2
				row("SNV", "1", "1", "", ""), // C3 a field, not a leaf
				row("SNV", "1.1", "6.01", "", ""), // F4 above the maximum
				row("SNV", "9.2", "", "x", ""), // G5 a penalty cannot be N/A
				row("SNV", "9.1", "1", "có thể", ""), // G6 not a yes
				row("SNV", "1.1", "1", "", ""), // C7 twice
				row("SNV", "1.2", "1.234", "", ""), // F8 three decimals
				row("STP", "1.2", "2", "x", ""), // F9 points and N/A; STP lacks 1.1 and
													// 9.x
				row("SNV", "9.3", "0", "", ""), // C10 unknown
				row("STP", "9.2", "0,5", "", ""))) // F11 a penalty is 0 or less
			.isInstanceOfSatisfying(ImportRejectedException.class, (ex) -> assertThat(ex.errors())
				.extracting(ImportError::cell, ImportError::messageKey)
				.containsExactlyInAnyOrder(tuple("A2", "scoring.import.unit-unknown"),
						tuple("C3", "scoring.import.not-leaf"), tuple("F4", "scoring.import.points-range"),
						tuple("G5", "scoring.import.na-not-allowed"), tuple("G6", "scoring.import.na-invalid"),
						tuple("C7", "import.duplicate-in-file"), tuple("F8", "scoring.import.points-invalid"),
						tuple("F9", "scoring.import.points-with-na"), tuple("C10", "scoring.import.leaf-unknown"),
						tuple("F11", "scoring.import.points-range"), tuple("C9", "scoring.import.leaves-missing")));
	}

	@Test
	void aUnitMustHaveAllItsLeaves() {
		assertThatThrownBy(() -> check(row("STP", "1.1", "6", "", ""), row("STP", "1.2", "4", "", "")))
			.isInstanceOfSatisfying(ImportRejectedException.class,
					(ex) -> assertThat(ex.errors()).singleElement().satisfies((error) -> {
						assertThat(error.cell()).isEqualTo("C2");
						assertThat(error.messageKey()).isEqualTo("scoring.import.leaves-missing");
						assertThat(error.arguments()).containsExactly("STP", 2, "9.1, 9.2");
					}));
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(this::check).isInstanceOfSatisfying(ImportRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(ImportError::cell, ImportError::messageKey)
					.containsExactly(tuple("A2", "scoring.import.empty")));
	}

	private List<ResultsImportCheck.Parsed> check(List<String>... cells) {
		List<XlsxRow> rows = new ArrayList<>();
		for (List<String> values : cells) {
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < ResultsImportCheck.HEADERS.size(); c++) {
				row.put(ResultsImportCheck.HEADERS.get(c), values.get(c));
			}
			rows.add(new XlsxRow(rows.size() + 2, row, ResultsImportCheck.HEADERS));
		}
		return new ResultsImportCheck(period(), (id) -> DEFINITION).check(rows);
	}

	private static List<String> row(String unit, String leaf, String points, String na, String note) {
		return List.of(unit, "", leaf, "", "", points, na, note);
	}

	private static CycleView period() {
		CycleView.FrameworkEntry framework = new CycleView.FrameworkEntry(GROUP, "SO_NGANH", "Sở, ngành", "Departments",
				FRAMEWORK, "Bộ chỉ số thử", 1, FrameworkStatus.IN_USE, true);
		CycleView.UnitGroup group = new CycleView.UnitGroup(GROUP, "SO_NGANH", "Sở, ngành", "Departments",
				List.of(new CycleView.UnitEntry(1, "SNV", "Sở Nội vụ", true),
						new CycleView.UnitEntry(2, "STP", "Sở Tư pháp", true)));
		return new CycleView(5, 2023, "Kỳ 2023", CycleStatus.CLOSED, 0, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH,
				List.of(framework), List.of(), null, 2, List.of(group), List.of(), null);
	}

}
