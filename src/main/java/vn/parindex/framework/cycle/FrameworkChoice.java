package vn.parindex.framework.cycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The framework chosen for one peer group in a form; none leaves the group out.
 *
 * @param peerGroupId the peer group
 * @param frameworkId the framework, or null
 */
record FrameworkChoice(long peerGroupId, @Nullable Long frameworkId) {

	/** Peer group id to framework id, for the chosen rows only. */
	static Map<Long, Long> selected(@Nullable List<FrameworkChoice> choices) {
		Map<Long, Long> selected = new LinkedHashMap<>();
		if (choices != null) {
			choices.stream()
				.filter((choice) -> choice.frameworkId() != null)
				.forEach((choice) -> selected.put(choice.peerGroupId(), choice.frameworkId()));
		}
		return selected;
	}

}
