package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.framework.cycle.Phase;

/**
 * The admin's appraisal dashboard of one period: where every unit stands in each phase,
 * how many units are in each state, and the average cut from self-score to final score
 * per field.
 *
 * @param periods every period, for the period choice
 * @param period the period shown, null when there is none
 * @param groups the period's peer groups, for the filter
 * @param peerGroupId the peer group filtered on, or null for all
 * @param phases the phase columns, in order
 * @param rows the units shown, by peer group then name
 * @param cuts the average cut per field over the units shown
 */
public record DashboardView(List<CycleRow> periods, @Nullable CycleRow period, List<CycleView.FrameworkEntry> groups,
		@Nullable Long peerGroupId, List<Phase> phases, List<GroupRows> rows, List<FieldCut> cuts) {

	/** The phases the dashboard follows: publication is not a unit's work. */
	static final List<Phase> PHASES = List.of(Phase.SELF_ASSESSMENT, Phase.APPRAISAL_1, Phase.EXPLANATION,
			Phase.APPRAISAL_2, Phase.COUNCIL_APPROVAL);

	/** How many units are shown. */
	public int unitCount() {
		return lines().size();
	}

	/** How many of the units shown are late in some phase. */
	public long overdue() {
		return lines().stream().filter(UnitLine::overdue).count();
	}

	/** How many of the units shown are in each state, "not started" last. */
	public List<StatusCount> counts() {
		List<StatusCount> counts = new ArrayList<>();
		for (AssessmentStatus status : AssessmentStatus.values()) {
			counts.add(new StatusCount(status, lines().stream().filter((line) -> line.status() == status).count()));
		}
		counts.add(new StatusCount(null, lines().stream().filter((line) -> line.status() == null).count()));
		return counts;
	}

	private List<UnitLine> lines() {
		return this.rows.stream().flatMap((group) -> group.units().stream()).toList();
	}

	/** Where a unit stands in one phase. */
	public enum State {

		/** Đã xong. */
		DONE,
		/** Đang làm. */
		IN_PROGRESS,
		/** Chưa đến. */
		WAITING,
		/** Không cần, e.g. no explanation when round 1 flagged nothing. */
		NOT_NEEDED,
		/** Quá hạn: the unit's deadline passed and the phase is not finished. */
		OVERDUE

	}

	/**
	 * How many units are in one state of their assessment.
	 *
	 * @param status the state, null for units that have not started
	 * @param count how many
	 */
	public record StatusCount(@Nullable AssessmentStatus status, long count) {

		/** The message key of the state's name. */
		public String key() {
			return "appraisal.dashboard.status." + ((this.status != null) ? this.status.name() : "none");
		}

	}

	/**
	 * The units of one peer group.
	 *
	 * @param group the peer group
	 * @param units its units, by name
	 */
	public record GroupRows(CycleView.FrameworkEntry group, List<UnitLine> units) {
	}

	/**
	 * One unit's row.
	 *
	 * @param unitId the unit
	 * @param code its code
	 * @param name its name
	 * @param status its assessment's state, null when not started
	 * @param cells its state in each phase, in the order of the columns
	 */
	public record UnitLine(long unitId, String code, String name, @Nullable AssessmentStatus status, List<Cell> cells) {

		/** Whether the unit is late in some phase. */
		public boolean overdue() {
			return this.cells.stream().anyMatch((cell) -> cell.state() == State.OVERDUE);
		}

		/** The message key of its assessment's state. */
		public String statusKey() {
			return new StatusCount(this.status, 0).key();
		}

	}

	/**
	 * One unit in one phase.
	 *
	 * @param phase the phase
	 * @param state where the unit stands
	 * @param deadline the unit's deadline in the phase, extension included
	 */
	public record Cell(Phase phase, State state, @Nullable Instant deadline) {

		/** The CSS class of the state, such as {@code state-overdue}. */
		public String css() {
			return "state-" + this.state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * The average cut in one field, over the units with final points in it.
	 *
	 * @param code the field's code
	 * @param nameVi its Vietnamese name
	 * @param nameEn its English name, the Vietnamese one if none
	 * @param units how many units were counted
	 * @param averageSelf their average self-score
	 * @param averageFinal their average final score
	 * @param averageCut their average cut
	 */
	public record FieldCut(String code, String nameVi, String nameEn, int units, BigDecimal averageSelf,
			BigDecimal averageFinal, BigDecimal averageCut) {

		/**
		 * Averages the field's totals given, skipping those without final points; empty
		 * when none has.
		 */
		static Optional<FieldCut> of(NodeDefinition field, List<FieldTotals> totals) {
			List<FieldTotals> counted = totals.stream().filter((t) -> t.finalTotal() != null).toList();
			if (counted.isEmpty()) {
				return Optional.empty();
			}
			String nameEn = (field.nameEn() != null) ? field.nameEn() : field.nameVi();
			return Optional.of(new FieldCut(field.code(), field.nameVi(), nameEn, counted.size(),
					average(counted, FieldTotals::selfTotal), average(counted, FieldTotals::finalTotal),
					average(counted, FieldTotals::cut)));
		}

		private static BigDecimal average(List<FieldTotals> totals, Function<FieldTotals, @Nullable BigDecimal> value) {
			BigDecimal sum = totals.stream()
				.map(value)
				.map((v) -> (v != null) ? v : BigDecimal.ZERO)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			return sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
		}

	}

}
