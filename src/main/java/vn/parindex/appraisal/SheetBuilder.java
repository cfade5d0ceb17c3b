package vn.parindex.appraisal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.parindex.assessment.AssessmentManagement;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.Workspace;
import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.NodeDefinition;

/**
 * Builds one field of a unit side by side: the unit's workspace (inputs, explanation,
 * evidence) next to the appraisal's rows, with each field's progress in the open round.
 */
@Component
class SheetBuilder {

	private final AppraisalRecords records;

	private final FrameworkManagement frameworks;

	private final AssessmentManagement assessments;

	SheetBuilder(AppraisalRecords records, FrameworkManagement frameworks, AssessmentManagement assessments) {
		this.records = records;
		this.frameworks = frameworks;
		this.assessments = assessments;
	}

	AppraisalSheet sheet(Appraisal appraisal, @Nullable String wanted, List<String> mine, Instant now) {
		long id = appraisal.assessmentId();
		Workspace workspace = this.assessments.workspace(id);
		AssessmentStatus status = workspace.header().status();
		Round round = appraisal.round(status, now);
		FrameworkDefinition framework = this.frameworks.definition(appraisal.frameworkId());
		Map<String, ScoreRow> rows = this.records.rows(id)
			.stream()
			.collect(Collectors.toMap(ScoreRow::nodeCode, Function.identity()));
		Set<String> done = this.records.marked(id, (round == Round.NONE) ? Round.ROUND_1 : round);
		List<AppraisalSheet.Area> areas = framework.children(null)
			.stream()
			.filter((area) -> rows.keySet()
				.stream()
				.anyMatch((code) -> AppraisalAccess.areaOf(code).equals(area.code())))
			.map((area) -> area(area, rows, mine, done, round, status))
			.toList();
		String area = areas.stream()
			.map(AppraisalSheet.Area::code)
			.filter((code) -> code.equals(wanted))
			.findFirst()
			.orElse(areas.isEmpty() ? "" : areas.get(0).code());
		List<AppraisalSheet.Leaf> leaves = workspace.nodes()
			.stream()
			.filter((node) -> rows.containsKey(node.definition().code())
					&& AppraisalAccess.areaOf(node.definition().code()).equals(area))
			.map((node) -> leaf(node, rows.get(node.definition().code()), mine.contains(area), round, status))
			.toList();
		AppraisalSheet.Header header = new AppraisalSheet.Header(id, workspace.header().cycleName(),
				workspace.header().unitName(), status, round, appraisal.explanationDeadline(),
				appraisal.returnedReason(), appraisal.lockedAt());
		return new AppraisalSheet(header, areas, area, leaves);
	}

	private static AppraisalSheet.Area area(NodeDefinition area, Map<String, ScoreRow> rows, List<String> mine,
			Set<String> done, Round round, AssessmentStatus status) {
		List<ScoreRow> in = rows.values()
			.stream()
			.filter((row) -> AppraisalAccess.areaOf(row.nodeCode()).equals(area.code()))
			.filter((row) -> round != Round.ROUND_2 || status == AssessmentStatus.RETURNED || row.flagged())
			.toList();
		int appraised = (int) in.stream()
			.filter((row) -> (round == Round.ROUND_2) ? row.round2Done() : row.round1Done())
			.count();
		return new AppraisalSheet.Area(area.code(), area.nameVi(), mine.contains(area.code()),
				done.contains(area.code()), appraised, in.size());
	}

	private static AppraisalSheet.Leaf leaf(Workspace.Node node, ScoreRow row, boolean mine, Round round,
			AssessmentStatus status) {
		boolean editable = mine && (round == Round.ROUND_1
				|| (round == Round.ROUND_2 && (row.flagged() || status == AssessmentStatus.RETURNED)));
		return new AppraisalSheet.Leaf(node, row, editable);
	}

}
