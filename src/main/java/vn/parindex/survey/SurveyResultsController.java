package vn.parindex.survey;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.parindex.framework.cycle.CycleManagement;

/**
 * A period's survey results for ADMIN and VIEWER: every campaign's index on one page, and
 * the aggregated workbook.
 */
@Controller
class SurveyResultsController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SurveyPeriodResults results;

	private final CycleManagement cycles;

	SurveyResultsController(SurveyPeriodResults results, CycleManagement cycles) {
		this.results = results;
		this.cycles = cycles;
	}

	@GetMapping("/admin/surveys/periods/{cycleId}")
	String period(@PathVariable long cycleId, Model model) {
		model.addAttribute("rows", this.results.rows(cycleId));
		model.addAttribute("period", this.cycles.view(cycleId));
		return "survey/period";
	}

	/** The access check runs first; the workbook is then written as it is built. */
	@GetMapping("/admin/surveys/periods/{cycleId}/results.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long cycleId) {
		var rows = this.results.rows(cycleId);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("ket-qua-khao-sat-" + cycleId + ".xlsx")
						.build()
						.toString())
			.body((out) -> PeriodResultsXlsx.write(rows, out));
	}

}
