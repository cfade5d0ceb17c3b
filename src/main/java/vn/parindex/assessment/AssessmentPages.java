package vn.parindex.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.shared.NotFoundException;

/** Small lookups the assessment pages share. */
final class AssessmentPages {

	private AssessmentPages() {
	}

	/** The newest open period, else the newest closed one. */
	static @Nullable Long latestRunning(List<CycleRow> periods) {
		return periods.stream()
			.filter((period) -> period.status() != CycleStatus.DRAFT)
			.sorted((a, b) -> (a.status() == b.status()) ? Integer.compare(b.year(), a.year())
					: (a.status() == CycleStatus.OPEN) ? -1 : 1)
			.map(CycleRow::id)
			.findFirst()
			.orElse(null);
	}

	static Workspace.Node node(Workspace workspace, String code) {
		return workspace.nodes()
			.stream()
			.filter((node) -> node.entered() && node.definition().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("assessment-entry", code));
	}

}
