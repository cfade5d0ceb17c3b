package vn.parindex.framework.cycle;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The frameworks form of a draft period.
 *
 * @param frameworks one row per peer group
 * @param version the version the form was loaded with
 */
record FrameworksForm(@Nullable List<FrameworkChoice> frameworks, long version) {

	public Map<Long, Long> selected() {
		return FrameworkChoice.selected(this.frameworks);
	}

}
