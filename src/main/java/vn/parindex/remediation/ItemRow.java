package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan line as shown.
 *
 * @param id the line
 * @param position its number (STT)
 * @param leafCode the lost leaf, null for a line the unit added
 * @param leafName what it is about
 * @param max the leaf's maximum
 * @param pointsLost the points lost
 * @param comment the appraiser's comment
 * @param cause the cause
 * @param action the action
 * @param subUnitId the phòng in charge
 * @param subUnitName its name
 * @param officer the officer in charge
 * @param dueDate the due date
 * @param stored the status the unit set
 * @param shown the status shown today (overdue derived)
 * @param completedOn when it was done
 * @param evidenceNote the evidence note
 * @param version the version edit forms send back
 * @param files the evidence files
 */
public record ItemRow(long id, int position, @Nullable String leafCode, String leafName, @Nullable BigDecimal max,
		@Nullable BigDecimal pointsLost, @Nullable String comment, @Nullable String cause, @Nullable String action,
		@Nullable Long subUnitId, @Nullable String subUnitName, @Nullable String officer, @Nullable LocalDate dueDate,
		ItemStatus stored, ItemStatus shown, @Nullable LocalDate completedOn, @Nullable String evidenceNote,
		long version, List<EvidenceFileRow> files) {

	/** Whether the unit added it (it can be deleted while the plan is a draft). */
	public boolean own() {
		return this.leafCode == null;
	}

	/** The line with what the user typed, to show again next to the refusal. */
	ItemRow typed(ItemForm form, @Nullable String note) {
		String name = (own() && form.leafName() != null) ? form.leafName() : this.leafName;
		return new ItemRow(this.id, this.position, this.leafCode, name, this.max, this.pointsLost, this.comment,
				form.cause(), form.action(), form.subUnitId(), this.subUnitName, form.officer(), form.dueDate(),
				this.stored, this.shown, this.completedOn, note, this.version, this.files);
	}

}
