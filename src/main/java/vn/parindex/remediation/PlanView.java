package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.organisation.UnitView;

/**
 * A plan as its page and its exports show it.
 *
 * @param header the plan with its unit and period
 * @param figures the unit's published result, null if the publication is gone
 * @param items its lines in order
 * @param subUnits the unit's active phòng to choose from
 * @param may what the reader may do
 * @param today the day in the province
 */
public record PlanView(Header header, @Nullable Figures figures, List<ItemRow> items,
		List<UnitView.SubUnitRow> subUnits, Permissions may, LocalDate today) {

	/** The line with this id. */
	public ItemRow item(long itemId) {
		return this.items.stream()
			.filter((item) -> item.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new vn.parindex.shared.NotFoundException("remediation-item", itemId));
	}

	/** The plan with another line in place of the one with the same id. */
	PlanView with(ItemRow replaced) {
		return new PlanView(this.header, this.figures,
				this.items.stream().map((item) -> (item.id() == replaced.id()) ? replaced : item).toList(),
				this.subUnits, this.may, this.today);
	}

	/**
	 * The plan itself.
	 *
	 * @param id the plan
	 * @param cycleId its period
	 * @param cycleName the period's name
	 * @param year the evaluated year
	 * @param unitId the unit
	 * @param unitCode the unit's code
	 * @param unitName the unit's name
	 * @param publicationId the publication it answers
	 * @param status draft or submitted
	 * @param createdAt when it was generated
	 * @param submittedAt when it was submitted
	 * @param submittedBy the leader's login name
	 * @param submitterName the leader's full name, for the signature
	 * @param returnedAt when the Sở Nội vụ returned it
	 * @param returnedBy who returned it
	 * @param returnNote what to change
	 * @param version the version submit and return forms send back
	 */
	public record Header(long id, long cycleId, String cycleName, int year, long unitId, String unitCode,
			String unitName, long publicationId, PlanStatus status, Instant createdAt, @Nullable Instant submittedAt,
			@Nullable String submittedBy, @Nullable String submitterName, @Nullable Instant returnedAt,
			@Nullable String returnedBy, @Nullable String returnNote, long version) {

		/** The day it was generated in the province; due dates may not be earlier. */
		public LocalDate createdOn() {
			return LocalDate.ofInstant(this.createdAt, vn.parindex.shared.Formats.ZONE);
		}

		/** Whether it was returned and is a draft again, so the unit reads the note. */
		public boolean returned() {
			return this.status == PlanStatus.DRAFT && this.returnNote != null;
		}

	}

	/**
	 * The unit's published result the plan answers.
	 *
	 * @param decision the decision's number
	 * @param decisionDate its date
	 * @param points the points of the scored part
	 * @param applicableMax its maximum
	 * @param percent the index %
	 * @param rank the rank in the peer group, null when unranked
	 * @param rankedCount how many units are ranked in the group
	 * @param bandVi the band's Vietnamese label, null without a band
	 * @param bandEn its English label
	 */
	public record Figures(String decision, LocalDate decisionDate, BigDecimal points, BigDecimal applicableMax,
			BigDecimal percent, @Nullable Integer rank, int rankedCount, @Nullable String bandVi,
			@Nullable String bandEn) {
	}

	/**
	 * What the reader may do.
	 *
	 * @param edit change cause, action, who, when and lines (a draft, the unit's own
	 * officer or leader)
	 * @param track change status and evidence (the unit's own officer or leader)
	 * @param submit send the plan (the unit's leader, a draft)
	 * @param returnPlan send it back (ADMIN, a submitted plan)
	 */
	public record Permissions(boolean edit, boolean track, boolean submit, boolean returnPlan) {
	}

}
