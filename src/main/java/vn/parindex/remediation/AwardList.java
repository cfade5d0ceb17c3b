package vn.parindex.remediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultsSnapshot;

/**
 * A period's list of units proposed for awards: published (the confirmed units, as the
 * portal shows them) or a draft (undecided and confirmed ones, for the Sở Nội vụ).
 *
 * @param cycleId the period
 * @param year the evaluated year
 * @param cycleName the period's name
 * @param basis the publication of results the list was made from
 * @param decision the decision that approved those results
 * @param publishedAt when the list was published; null for a draft
 * @param correctedBy the period's current publication when a correction came after the
 * list, null otherwise
 * @param entries the units, by award (in the rules' order), then group and rank
 */
public record AwardList(long cycleId, int year, String cycleName, Publication basis, ResultsSnapshot.Decision decision,
		@Nullable Instant publishedAt, @Nullable Publication correctedBy, List<AwardEntry> entries) {

	public AwardList {
		entries = List.copyOf(entries);
	}

	/** Whether it is a draft, not yet published. */
	public boolean draft() {
		return this.publishedAt == null;
	}

	/** The entries per award, in the list's order. */
	public List<Award> awards() {
		Map<String, List<AwardEntry>> byAward = new LinkedHashMap<>();
		this.entries.forEach((entry) -> byAward.computeIfAbsent(entry.award(), (key) -> new ArrayList<>()).add(entry));
		return byAward.entrySet().stream().map((award) -> new Award(award.getKey(), award.getValue())).toList();
	}

	/**
	 * An award with its units.
	 *
	 * @param name the award
	 * @param entries its units
	 */
	public record Award(String name, List<AwardEntry> entries) {
	}

}
