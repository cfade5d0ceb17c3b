package vn.parindex.survey;

import java.util.List;
import java.util.Map;

/**
 * A campaign's responses waiting for review.
 *
 * @param pending how many wait
 * @param perFlag how many of them carry each flag (a response may carry several)
 * @param responses the first of them, by day
 */
public record ReviewQueue(long pending, Map<SuspicionFlag, Long> perFlag, List<FlaggedResponse> responses) {

	/** How many waiting responses carry the flag. */
	public long withFlag(SuspicionFlag flag) {
		return this.perFlag.getOrDefault(flag, 0L);
	}

	/** Whether more wait than are listed. */
	public boolean more() {
		return this.pending > this.responses.size();
	}

}
