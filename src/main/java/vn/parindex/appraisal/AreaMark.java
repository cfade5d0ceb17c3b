package vn.parindex.appraisal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A field of a unit marked done by its appraiser in a round.
 */
@Entity
@Table(name = "appraisal_area")
class AreaMark {

	@EmbeddedId
	private Key key;

	private Instant doneAt;

	private String doneBy;

	protected AreaMark() {
		this.key = new Key();
		this.doneAt = Instant.EPOCH;
		this.doneBy = "";
	}

	AreaMark(long assessmentId, String areaCode, Round round, String by, Instant now) {
		this.key = new Key(assessmentId, areaCode, number(round));
		this.doneAt = now;
		this.doneBy = by;
	}

	static short number(Round round) {
		return (short) ((round == Round.ROUND_1) ? 1 : 2);
	}

	String areaCode() {
		return this.key.areaCode;
	}

	/** The key: assessment, field, round. */
	@Embeddable
	static class Key implements Serializable {

		private long assessmentId;

		private String areaCode;

		private short round;

		protected Key() {
			this.areaCode = "";
		}

		Key(long assessmentId, String areaCode, short round) {
			this.assessmentId = assessmentId;
			this.areaCode = areaCode;
			this.round = round;
		}

		@Override
		public boolean equals(@org.jspecify.annotations.Nullable Object other) {
			return other instanceof Key key && key.assessmentId == this.assessmentId && key.round == this.round
					&& key.areaCode.equals(this.areaCode);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.assessmentId, this.areaCode, this.round);
		}

	}

}
