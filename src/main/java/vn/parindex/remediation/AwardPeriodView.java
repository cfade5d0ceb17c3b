package vn.parindex.remediation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.Publication;

/**
 * The award page of a period: its rules, the proposals and who is left out.
 *
 * @param publication the period's current publication of results
 * @param rules the rules, in order
 * @param rows the proposals, by award then group and rank
 * @param exclusions the units the rules leave out for a penalty
 * @param list the published list, null while a draft
 */
record AwardPeriodView(Publication publication, List<AwardRule> rules, List<AwardRow> rows,
		List<AwardExclusion> exclusions, @Nullable AwardListRecord list) {

	public long cycleId() {
		return this.publication.cycleId();
	}

	/** Whether the list is published, so nothing may change. */
	public boolean locked() {
		return this.list != null;
	}

	public long count(AwardStatus status) {
		return this.rows.stream().filter((row) -> row.status() == status).count();
	}

	public long confirmedCount() {
		return count(AwardStatus.CONFIRMED);
	}

	public long undecidedCount() {
		return count(AwardStatus.PROPOSED);
	}

	public long staleConfirmed() {
		return this.rows.stream().filter((row) -> row.confirmed() && row.stale()).count();
	}

	/** Whether the list may be published: one confirmed, none undecided, none stale. */
	public boolean publishable() {
		return !locked() && count(AwardStatus.CONFIRMED) > 0 && count(AwardStatus.PROPOSED) == 0
				&& staleConfirmed() == 0;
	}

}
