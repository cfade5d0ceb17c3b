package vn.parindex.assessment;

import java.util.List;

import vn.parindex.shared.BusinessRuleException;

/**
 * Submission refused: leaves are unscored or lack required evidence. Carries the list, so
 * the leader sees every problem at once.
 */
public class SubmissionRefusedException extends BusinessRuleException {

	private final List<Problem> problems;

	SubmissionRefusedException(List<Problem> problems) {
		super("assessment.submit.refused", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
