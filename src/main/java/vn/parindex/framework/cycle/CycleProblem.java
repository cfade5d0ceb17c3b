package vn.parindex.framework.cycle;

import java.util.List;

/**
 * Why a period cannot open (or a calendar is refused), as a message key and its
 * arguments.
 *
 * @param key the message key
 * @param args its arguments
 */
public record CycleProblem(String key, List<Object> args) {

	static CycleProblem of(String key, Object... args) {
		return new CycleProblem(key, List.of(args));
	}

	/** The arguments as an array, for message lookups. */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
