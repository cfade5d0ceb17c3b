package vn.parindex.appraisal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;
import vn.parindex.shared.StaleVersionException;

/**
 * The appraisers' work: a unit's field side by side, setting a leaf's points in the open
 * round, marking a field done (which closes the round once every field is done), and a
 * leaf's history.
 */
@Service
@Transactional
public class AppraisalManagement {

	private final AppraisalRecords records;

	private final AppraisalAccess access;

	private final AssessmentWorkflow workflow;

	private final RoundClosing closing;

	private final SheetBuilder sheets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AppraisalManagement(AppraisalRecords records, AppraisalAccess access, AssessmentWorkflow workflow,
			RoundClosing closing, SheetBuilder sheets, ApplicationEventPublisher events, Clock clock) {
		this.sheets = sheets;
		this.records = records;
		this.access = access;
		this.workflow = workflow;
		this.closing = closing;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One field of the unit side by side; for whoever may read the appraisal, and for the
	 * unit itself once approved (the explain view of its published result).
	 */
	@Transactional(readOnly = true)
	public AppraisalSheet sheet(long id, @Nullable String area) {
		Appraisal appraisal = this.records.appraisal(id);
		if (this.access.actor().hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER)) {
			// the unit reads its own appraisal, comments included, once the council
			// approved it
			this.access.unit(appraisal);
			if (this.workflow.status(id) != AssessmentStatus.APPROVED) {
				throw new AccessRefusedException();
			}
		}
		else {
			this.access.read(appraisal);
		}
		return this.sheets.sheet(appraisal, area, this.access.areas(appraisal), this.clock.instant());
	}

	/**
	 * Sets a leaf's points in the open round: an appraiser assigned to the leaf's field,
	 * the version the form was loaded with.
	 */
	public ScoreRow score(long id, String code, ScoreForm form, long version) {
		Appraisal appraisal = this.records.appraisal(id);
		Actor actor = this.access.appraise(appraisal, AppraisalAccess.areaOf(code));
		Instant now = this.clock.instant();
		AssessmentStatus status = this.workflow.status(id);
		Round round = appraisal.round(status, now);
		appraisal.requireRound((round == Round.NONE) ? Round.ROUND_1 : round, status, now);
		if (status == AssessmentStatus.SUBMITTED) {
			this.workflow.beginAppraisal(id);
		}
		AppraisalScore score = this.records.score(id, code);
		if (score.version() != version) {
			throw new StaleVersionException("appraisal-score", code);
		}
		NodeDefinition leaf = this.records.leaf(appraisal, code);
		ScoreRow before = this.records.row(id, code);
		if (round == Round.ROUND_1) {
			score.scoreRound1(leaf, form, actor.username(), now);
		}
		else {
			requireRound2Leaf(score, status);
			score.scoreRound2(leaf, form, actor.username(), now);
		}
		this.records.saved(score, round, actor, now);
		ScoreRow after = this.records.row(id, code);
		this.events.publishEvent(AppraisalChanged.ofAssessment("SCORE_" + round.name(), id, before, after));
		return after;
	}

	/**
	 * Marks a field done in the open round once every leaf in it has points; the last
	 * field closes the round.
	 */
	public void markDone(long id, String area) {
		Appraisal appraisal = this.records.locked(id);
		Actor actor = this.access.appraise(appraisal, area);
		Instant now = this.clock.instant();
		AssessmentStatus status = this.workflow.status(id);
		Round round = appraisal.round(status, now);
		appraisal.requireRound((round == Round.NONE) ? Round.ROUND_1 : round, status, now);
		List<String> missing = this.records.unappraised(appraisal, area, round, status);
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("appraisal.area.incomplete", String.join(", ", missing));
		}
		if (this.records.mark(appraisal, area, round, actor, now)) {
			this.events.publishEvent(AppraisalChanged.ofAssessment("AREA_DONE_" + round.name(), id, null,
					java.util.Map.of("area", area)));
			this.closing.closeIfDone(appraisal, round, status, now);
		}
	}

	/** Every leaf's points in every round; for whoever may read the appraisal. */
	@Transactional(readOnly = true)
	public List<ScoreRow> scores(long id) {
		this.access.read(this.records.appraisal(id));
		return this.records.rows(id);
	}

	/**
	 * Every version of a leaf's points; for whoever may read the appraisal, and for the
	 * unit itself on the leaves it was asked to explain or once the results are approved.
	 */
	@Transactional(readOnly = true)
	public List<HistoryRow> history(long id, String code) {
		Appraisal appraisal = this.records.appraisal(id);
		Actor actor = this.access.actor();
		AppraisalScore score = this.records.score(id, code);
		if (actor.hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER)) {
			this.access.unit(appraisal);
			// the unit sees a comment once it is asked to explain the leaf, or once
			// approved
			boolean asked = appraisal.round1ClosedAt() != null && score.flagged();
			if (!asked && this.workflow.status(id) != AssessmentStatus.APPROVED) {
				throw new AccessRefusedException();
			}
		}
		else {
			this.access.read(appraisal);
		}
		return this.records.history(id, code);
	}

	private static void requireRound2Leaf(AppraisalScore score, AssessmentStatus status) {
		if (status != AssessmentStatus.RETURNED && !score.flagged()) {
			throw new BusinessRuleException("appraisal.round2.not-flagged", score.nodeCode());
		}
	}

	static NotFoundException notFound(long id) {
		return new NotFoundException("appraisal", id);
	}

}
