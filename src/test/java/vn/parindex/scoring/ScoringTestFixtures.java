package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.appraisal.CouncilManagement;
import vn.parindex.appraisal.ScoreForm;
import vn.parindex.organisation.OrganisationManagement;

/**
 * A published period for the tests of what the public sees: a fresh 2025 period (see
 * {@link AppraisalFixtures}) where SKHCN was appraised with one leaf cut from 2 to 1,
 * approved by the council and published under decision 97/QĐ-UBND-HC.
 */
public final class ScoringTestFixtures {

	/** The leaf the appraiser cut. */
	public static final String CUT = "1.1.2";

	/** The decision the period is published under. */
	public static final ResultsSnapshot.Decision DECISION = new ResultsSnapshot.Decision("97/QĐ-UBND-HC",
			LocalDate.of(2026, 1, 31), "Phạm Thiện Nghĩa");

	private ScoringTestFixtures() {
	}

	/** A fresh period, appraised, approved, not yet published. */
	public static Approved approved(ApplicationContext context) {
		return approved(AppraisalFixtures.of(context), context);
	}

	/**
	 * As {@link #approved(ApplicationContext)}, with the caller's fixtures, whose
	 * {@code closePeriods()} then closes the period.
	 */
	public static Approved approved(AppraisalFixtures fixtures, ApplicationContext context) {
		UserDetailsService users = context.getBean(UserDetailsService.class);
		AppraisalFixtures.Submitted period = fixtures.submittedPeriod();
		fixtures.appraiseAll(period.assessmentId(), AppraisalFixtures.APPRAISER,
				Map.of(CUT, new ScoreForm(BigDecimal.ONE, false, "Thiếu báo cáo quý IV", false)));
		Actors.run(users, AppraisalFixtures.CHAIR,
				() -> context.getBean(CouncilManagement.class).approve(period.cycleId()));
		long unitId = context.getBean(OrganisationManagement.class)
			.findByCode(AppraisalFixtures.UNIT)
			.orElseThrow()
			.id();
		return new Approved(period.cycleId(), period.assessmentId(), unitId);
	}

	/** A fresh period, appraised, approved and published; its publication id. */
	public static Published published(ApplicationContext context) {
		return published(AppraisalFixtures.of(context), context);
	}

	/** As {@link #published(ApplicationContext)}, with the caller's fixtures. */
	public static Published published(AppraisalFixtures fixtures, ApplicationContext context) {
		Approved approved = approved(fixtures, context);
		UserDetailsService users = context.getBean(UserDetailsService.class);
		long id = Actors.as(users, "admin",
				() -> context.getBean(PublicationManagement.class).publish(approved.cycleId(), DECISION, null));
		return new Published(approved.cycleId(), id, approved.unitId());
	}

	/**
	 * An approved period.
	 *
	 * @param cycleId the period
	 * @param assessmentId SKHCN's assessment
	 * @param unitId SKHCN
	 */
	public record Approved(long cycleId, long assessmentId, long unitId) {
	}

	/**
	 * A published period.
	 *
	 * @param cycleId the period
	 * @param publicationId its publication
	 * @param unitId SKHCN, the unit with results
	 */
	public record Published(long cycleId, long publicationId, long unitId) {
	}

}
