package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.Band;

/**
 * What a publication freezes: a period's results as computed at publishing, with the
 * decision that approved them. Written once as canonical JSON, whose SHA-256 the portal
 * shows next to every download; never changed (a correction is a new snapshot).
 *
 * @param cycleId the period
 * @param year the evaluated year
 * @param cycleName the period's name
 * @param seq 1 for the first publication, 2… for corrections
 * @param decision the decision that approved the results
 * @param publishedAt when it was published
 * @param correctionReason why it corrects the previous one; null for the first
 * @param groups the peer groups, each with its ranking
 * @param surveys the period's survey indexes (SIPAS and the sociological forms), each
 * ranked per peer group; empty in snapshots published before surveys existed
 */
public record ResultsSnapshot(long cycleId, int year, String cycleName, int seq, Decision decision, Instant publishedAt,
		@Nullable String correctionReason, List<Group> groups, List<Survey> surveys) {

	public ResultsSnapshot {
		// Jackson gives null for snapshots stored before surveys were published.
		surveys = (surveys != null) ? List.copyOf(surveys) : List.of();
	}

	/** The survey of this instrument family (such as {@code SIPAS}), if any. */
	public Optional<Survey> survey(String instrument) {
		return this.surveys.stream().filter((survey) -> survey.instrument().equalsIgnoreCase(instrument)).findFirst();
	}

	/** The unit with this id, in whichever group it is. */
	public Optional<Unit> unit(long unitId) {
		return this.groups.stream()
			.flatMap((group) -> group.units().stream())
			.filter((unit) -> unit.result().unitId() == unitId)
			.findFirst();
	}

	/** The group with this id. */
	public Optional<Group> group(long peerGroupId) {
		return this.groups.stream().filter((group) -> group.peerGroupId() == peerGroupId).findFirst();
	}

	/**
	 * The decision approving the results (e.g. 97/QĐ-UBND-HC).
	 *
	 * @param number its number and symbol
	 * @param date its date
	 * @param signer who signed it
	 */
	public record Decision(String number, LocalDate date, String signer) {
	}

	/**
	 * A peer group's results.
	 *
	 * @param peerGroupId the peer group
	 * @param name its name
	 * @param figures average, median, counts per band, highest and lowest
	 * @param bands the framework's bands, best first (a list: the canonical JSON sorts
	 * map keys, and the order matters)
	 * @param units its units, ranked ones by rank first, then the unranked
	 */
	public record Group(long peerGroupId, String name, GroupFigures figures, List<Band> bands, List<Unit> units) {

		/**
		 * A band's label in the language ({@code en} or Vietnamese); the code if unknown.
		 */
		public String bandLabel(String code, String language) {
			return this.bands.stream()
				.filter((band) -> band.code().equals(code))
				.map((band) -> "en".equals(language) ? band.labelEn() : band.labelVi())
				.findFirst()
				.orElse(code);
		}

		/** How many of the group's ranked units are in the band. */
		public int count(String code) {
			return this.figures.perBand().getOrDefault(code, 0);
		}

	}

	/**
	 * A unit's published result.
	 *
	 * @param code the unit's code
	 * @param result points, %, fields, rank, band, change, lost points
	 * @param leaves the final points of every leaf
	 */
	public record Unit(String code, UnitResult result, List<Leaf> leaves) {
	}

	/**
	 * A leaf's final points.
	 *
	 * @param code the leaf's code
	 * @param name its name
	 * @param max its maximum, null for bonus and penalty
	 * @param points the final points, null when N/A
	 * @param notApplicable whether it did not apply
	 */
	public record Leaf(String code, String name, @Nullable BigDecimal max, @Nullable BigDecimal points,
			boolean notApplicable) {
	}

	/**
	 * A survey instrument's published indexes.
	 *
	 * @param instrument its family, such as {@code SIPAS} or {@code phieu_02}
	 * @param name its questionnaire's title
	 * @param weighted whether the index is a mean option weight (sociological forms)
	 * rather than a satisfaction index
	 * @param groups per peer group, the units ranked by index
	 */
	public record Survey(String instrument, String name, boolean weighted, List<SurveyGroup> groups) {

		/** The unit's figures, in whichever group it is. */
		public Optional<SurveyUnit> unit(long unitId) {
			return this.groups.stream()
				.flatMap((group) -> group.units().stream())
				.filter((unit) -> unit.unitId() == unitId)
				.findFirst();
		}

	}

	/**
	 * A peer group's survey ranking.
	 *
	 * @param peerGroupId the peer group
	 * @param name its name
	 * @param average the mean of its units' indexes, null without any
	 * @param units its units, by rank, those without answers last
	 */
	public record SurveyGroup(long peerGroupId, String name, @Nullable BigDecimal average, List<SurveyUnit> units) {
	}

	/**
	 * A unit's survey figures.
	 *
	 * @param unitId the unit
	 * @param code its code
	 * @param name its name
	 * @param rank its place in the group (1, 2, 2, 4), null without answers
	 * @param index its index (0–100), null without answers
	 * @param low the 95% interval's lower bound, null for a mean weight
	 * @param high its upper bound
	 * @param responses the responses counted
	 * @param sample the required sample, 0 if unknown
	 * @param satisfied the share of answers 4–5, null for a mean weight
	 * @param neutral the share of answers 3
	 * @param dissatisfied the share of answers 1–2
	 * @param change the change from last year's index, null when not comparable
	 * @param factors its factors
	 */
	public record SurveyUnit(long unitId, String code, String name, @Nullable Integer rank, @Nullable BigDecimal index,
			@Nullable BigDecimal low, @Nullable BigDecimal high, long responses, long sample,
			@Nullable BigDecimal satisfied, @Nullable BigDecimal neutral, @Nullable BigDecimal dissatisfied,
			@Nullable BigDecimal change, List<SurveyFactor> factors) {

		/** Whether fewer responses came than the sample needs. */
		public boolean belowSample() {
			return this.sample > 0 && this.responses < this.sample;
		}

	}

	/**
	 * A factor's index.
	 *
	 * @param code its code
	 * @param name its name
	 * @param index its index
	 * @param low the 95% interval's lower bound
	 * @param high its upper bound
	 * @param answers its valid answers
	 */
	public record SurveyFactor(String code, String name, BigDecimal index, BigDecimal low, BigDecimal high,
			long answers) {
	}

}
