package vn.parindex.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.parindex.audit.AuditManagement.AuditPage;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.BusinessRuleException;

/**
 * The audit screen and its CSV download; the facade checks that the user is an ADMIN.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditManagement audit;

	private final OrganisationManagement organisation;

	private final AuditChanges changes;

	private final Clock clock;

	AuditController(AuditManagement audit, OrganisationManagement organisation, AuditChanges changes, Clock clock) {
		this.audit = audit;
		this.organisation = organisation;
		this.changes = changes;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult errors,
			@RequestParam(name = "page", required = false) @Nullable String page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
			Model model) {
		model.addAttribute("subjectTypes", this.audit.subjectTypes());
		model.addAttribute("units",
				this.organisation.find(UnitFilter.all()).stream().sorted(Comparator.comparing(UnitRow::code)).toList());
		if (!invalid(filter, errors)) {
			AuditPage result = this.audit.page(filter, pageIndex(page), PAGE_SIZE);
			model.addAttribute("result", result);
			model.addAttribute("rows", this.changes.rows(result.entries()));
			model.addAttribute("links", AuditLinks.of(filter));
		}
		// A history restore needs the whole page, although htmx marks it as its own.
		return (htmx != null && restore == null) ? "audit/list :: htmx" : "audit/list";
	}

	@GetMapping("/admin/audit.csv")
	void csv(@ModelAttribute("filter") AuditFilter filter, BindingResult errors, HttpServletResponse response)
			throws IOException {
		if (invalid(filter, errors)) {
			throw new BusinessRuleException("audit.list.bad-date");
		}
		String day = LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE);
		this.audit.exportCsv(filter, () -> {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nhat-ky-" + day + ".csv\"");
			response.setHeader("X-Content-Type-Options", "nosniff");
			try {
				return response.getWriter();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * True when the filter cannot be used: a date that does not parse, or a reversed
	 * range.
	 */
	private static boolean invalid(AuditFilter filter, BindingResult errors) {
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			errors.reject("audit.list.range-reversed");
		}
		return errors.hasErrors();
	}

	// The page number comes from links users may edit; nonsense shows the first page.
	private static int pageIndex(@Nullable String page) {
		try {
			return (page != null) ? Math.max(0, Integer.parseInt(page.trim()) - 1) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
