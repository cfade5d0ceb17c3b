package vn.parindex.remediation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The admin's follow-up dashboard of the remediation plans of a published period, and its
 * workbook.
 */
@Controller
class FollowupController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String ADMIN = "/admin/remediation";

	private static final String VIEWER = "/remediation/followup";

	private final FollowupManagement followup;

	private final FollowupXlsx xlsx;

	FollowupController(FollowupManagement followup, FollowupXlsx xlsx) {
		this.followup = followup;
		this.xlsx = xlsx;
	}

	/**
	 * ADMIN under {@code /admin}; VIEWER (the province's leaders, who cannot reach
	 * {@code /admin}) reads the same at {@code /remediation/followup}.
	 */
	@GetMapping({ "/admin/remediation", "/remediation/followup" })
	String view(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String sort, HttpServletRequest request, Model model) {
		model.addAttribute("dashboard", this.followup.dashboard(cycle, FollowupSort.of(sort)));
		model.addAttribute("base", request.getServletPath().startsWith("/admin/") ? ADMIN : VIEWER);
		return "remediation/dashboard";
	}

	@GetMapping({ "/admin/remediation/{cycleId}.xlsx", "/remediation/followup/{cycleId}.xlsx" })
	ResponseEntity<StreamingResponseBody> workbook(@PathVariable long cycleId, Locale locale) {
		FollowupDashboard dashboard = this.followup.dashboard(cycleId, FollowupSort.PERCENT);
		String name = "khac-phuc-" + cycleId + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body((out) -> this.xlsx.write(dashboard, locale, out));
	}

}
