package vn.parindex.scoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A publication of a period's results: its snapshot's identity and whether a correction
 * has superseded it.
 *
 * @param id the publication's id
 * @param cycleId the period
 * @param year the evaluated year
 * @param cycleName the period's name
 * @param seq 1 for the first, 2… for corrections
 * @param decisionNumber the decision's number
 * @param publishedAt when
 * @param publishedBy by whom
 * @param sha256 the SHA-256 of the snapshot's canonical JSON, lowercase hex
 * @param supersededAt when a correction replaced it, null while current
 * @param correctionReason why it corrects the previous one
 */
public record Publication(long id, long cycleId, int year, String cycleName, int seq, String decisionNumber,
		Instant publishedAt, String publishedBy, String sha256, @Nullable Instant supersededAt,
		@Nullable String correctionReason) {

	public boolean current() {
		return this.supersededAt == null;
	}

}
