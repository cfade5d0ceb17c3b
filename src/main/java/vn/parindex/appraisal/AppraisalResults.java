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
