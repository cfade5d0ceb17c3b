package vn.parindex.framework.cycle;

import java.util.List;

import vn.parindex.shared.BusinessRuleException;

/**
 * A period that cannot open yet, with every reason.
 */
public class CycleNotReadyException extends BusinessRuleException {

	private final transient List<CycleProblem> problems;

	CycleNotReadyException(List<CycleProblem> problems) {
		super("framework.cycle.open-refused", Integer.toString(problems.size()));
		this.problems = List.copyOf(problems);
	}

	public List<CycleProblem> problems() {
		return this.problems;
	}

}
