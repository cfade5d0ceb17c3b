package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;

/**
 * For the result computation: the official points of every unit whose results the council
 * approved in a period. Nothing of a unit still being appraised leaves this module.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalResults {

	private final Appraisals appraisals;

	private final Scores scores;

	private final AssessmentWorkflow workflow;

	AppraisalResults(Appraisals appraisals, Scores scores, AssessmentWorkflow workflow) {
		this.appraisals = appraisals;
		this.scores = scores;
		this.workflow = workflow;
	}

	/**
	 * For other modules: the approved units of the period with their points. No access
	 * check.
	 */
	public List<UnitFinals> approved(long cycleId) {
		Map<Long, AssessmentStatus> statuses = this.workflow.statuses(cycleId);
		return this.appraisals.findByCycleId(cycleId)
			.stream()
			.filter((appraisal) -> statuses.get(appraisal.unitId()) == AssessmentStatus.APPROVED)
			.map(this::finals)
			.toList();
	}

	/**
	 * For other modules: the appraiser's comment per leaf of the unit in the period, the
	 * round-2 comment where there is one, else the round-1 comment; leaves without a
	 * comment are left out. Empty when the unit was not appraised in the period (imported
	 * results). No access check.
	 */
	public Map<String, String> comments(long cycleId, long unitId) {
		Map<String, String> comments = new LinkedHashMap<>();
		this.appraisals.findByCycleId(cycleId)
			.stream()
			.filter((appraisal) -> appraisal.unitId() == unitId)
			.flatMap((appraisal) -> this.scores.findByAssessmentId(appraisal.assessmentId()).stream())
			.forEach((score) -> {
				String comment = (score.round2Comment() != null) ? score.round2Comment() : score.round1Comment();
				if (comment != null) {
					comments.put(score.nodeCode(), comment);
				}
			});
		return comments;
	}

	private UnitFinals finals(Appraisal appraisal) {
		Map<String, UnitFinals.Leaf> leaves = new LinkedHashMap<>();
		for (AppraisalScore score : this.scores.findByAssessmentId(appraisal.assessmentId())) {
			BigDecimal points = score.finalPoints();
			leaves.put(score.nodeCode(), new UnitFinals.Leaf(points, points == null && score.naAccepted()));
		}
		return new UnitFinals(appraisal.assessmentId(), appraisal.unitId(), appraisal.peerGroupId(),
				appraisal.frameworkId(), leaves);
	}

}
