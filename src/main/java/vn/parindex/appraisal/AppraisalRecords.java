package vn.parindex.appraisal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.assessment.Workspace;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;
import vn.parindex.shared.Actor;
import vn.parindex.shared.NotFoundException;

/**
 * The database side of appraisals, inside the facades' transactions: loading, the leaf's
 * definition, saving a score with its version row, field marks.
 */
@Component
class AppraisalRecords {

	private final Appraisals appraisals;

	private final Scores scores;

	private final ScoreVersions versions;

	private final AreaMarks marks;

	private final AppraisalQueries queries;

	private final FrameworkManagement frameworks;

	private final AssessmentWorkflow workflow;

	AppraisalRecords(Appraisals appraisals, Scores scores, ScoreVersions versions, AreaMarks marks,
			AppraisalQueries queries, FrameworkManagement frameworks, AssessmentWorkflow workflow) {
		this.workflow = workflow;
		this.appraisals = appraisals;
		this.scores = scores;
		this.versions = versions;
		this.marks = marks;
		this.queries = queries;
		this.frameworks = frameworks;
	}

	/**
	 * Loads the appraisal with the unit's explanation deadline as the period has it now,
	 * so an extension granted after round 1 closed counts.
	 */
	Appraisal appraisal(long id) {
		return current(this.appraisals.findById(id).orElseThrow(() -> AppraisalManagement.notFound(id)));
	}

	/** As {@link #appraisal}, with an exclusive row lock. */
	Appraisal locked(long id) {
		return current(this.appraisals.findExclusive(id).orElseThrow(() -> AppraisalManagement.notFound(id)));
	}

	private Appraisal current(Appraisal appraisal) {
		if (appraisal.explanationDeadline() != null) {
			appraisal.extendExplanation(this.workflow.explanationDeadline(appraisal.assessmentId()));
		}
		return appraisal;
	}

	AppraisalScore score(long id, String code) {
		return this.scores.find(id, code).orElseThrow(() -> new NotFoundException("appraisal-score", code));
	}

	ScoreRow row(long id, String code) {
		return this.queries.score(id, code).orElseThrow(() -> new NotFoundException("appraisal-score", code));
	}

	List<ScoreRow> rows(long id) {
		return this.queries.scores(id);
	}

	List<HistoryRow> history(long id, String code) {
		return this.queries.history(id, code);
	}

	NodeDefinition leaf(Appraisal appraisal, String code) {
		return this.frameworks.definition(appraisal.frameworkId())
			.node(code)
			.orElseThrow(() -> new NotFoundException("framework-node", code));
	}

	/** Saves the score and writes the round's version row. */
	void saved(AppraisalScore score, Round round, Actor actor, Instant now) {
		this.scores.saveAndFlush(score);
		boolean first = round == Round.ROUND_1;
		this.versions.save(new ScoreVersion(score.assessmentId(), score.nodeCode(),
				first ? ScoreVersion.Stage.ROUND_1 : ScoreVersion.Stage.ROUND_2,
				first ? score.round1Points() : score.round2Points(),
				first ? score.round1Comment() : score.round2Comment(), first ? score.flagged() : null, actor.username(),
				now));
	}

	/** Saves the unit's answer and writes it as the leaf's explanation version. */
	void answered(AppraisalScore score, Actor actor, Instant now) {
		this.scores.saveAndFlush(score);
		this.versions.save(new ScoreVersion(score.assessmentId(), score.nodeCode(), ScoreVersion.Stage.EXPLANATION,
				null, score.answer(), null, actor.username(), now));
	}

	/** Writes the points that count as the leaf's final version. */
	void finalised(AppraisalScore score, Actor actor, Instant now) {
		this.versions.save(new ScoreVersion(score.assessmentId(), score.nodeCode(), ScoreVersion.Stage.FINAL,
				score.finalPoints(), null, null, actor.username(), now));
	}

	List<AppraisalScore> scores(long id) {
		return this.scores.findByAssessmentId(id);
	}

	/** The leaves of the field that still need points in the round. */
	List<String> unappraised(Appraisal appraisal, String area, Round round, AssessmentStatus status) {
		return this.scores.findByAssessmentId(appraisal.assessmentId())
			.stream()
			.filter((score) -> AppraisalAccess.areaOf(score.nodeCode()).equals(area))
			.filter((score) -> needs(score, round, status) && !score.appraised(round))
			// a unit returned by the council keeps the points not changed again
			.filter((score) -> status != AssessmentStatus.RETURNED)
			.map(AppraisalScore::nodeCode)
			.toList();
	}

	/** The fields that must be marked done before the round closes. */
	Set<String> areasToMark(Appraisal appraisal, Round round, AssessmentStatus status) {
		return this.scores.findByAssessmentId(appraisal.assessmentId())
			.stream()
			.filter((score) -> needs(score, round, status))
			.map((score) -> AppraisalAccess.areaOf(score.nodeCode()))
			.collect(Collectors.toCollection(HashSet::new));
	}

	Set<String> marked(long id, Round round) {
		return this.marks.find(id, AreaMark.number(round)).stream().map(AreaMark::areaCode).collect(Collectors.toSet());
	}

	/** Marks the field done; false when it already was. */
	boolean mark(Appraisal appraisal, String area, Round round, Actor actor, Instant now) {
		if (marked(appraisal.assessmentId(), round).contains(area)) {
			return false;
		}
		this.marks.saveAndFlush(new AreaMark(appraisal.assessmentId(), area, round, actor.username(), now));
		return true;
	}

	void forgetRound2(long id) {
		this.marks.forget(id, AreaMark.number(Round.ROUND_2));
	}

	private static boolean needs(AppraisalScore score, Round round, AssessmentStatus status) {
		return round == Round.ROUND_1 || status == AssessmentStatus.RETURNED || score.flagged();
	}

}
