package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;
import vn.parindex.shared.web.Refusals;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * The survey screens of ADMIN under {@code /admin/surveys}: questionnaires, campaigns
 * with their progress, and one campaign's link, QR code and one-time codes.
 */
@Controller
class SurveyAdminController {

	private final SurveyManagement surveys;

	private final SurveyOverview overview;

	private final CycleManagement cycles;

	private final OrganisationManagement organisation;

	private final Refusals refusals;

	SurveyAdminController(SurveyManagement surveys, SurveyOverview overview, CycleManagement cycles,
			OrganisationManagement organisation, Refusals refusals) {
		this.surveys = surveys;
		this.overview = overview;
		this.cycles = cycles;
		this.organisation = organisation;
		this.refusals = refusals;
	}

	@GetMapping("/admin/surveys")
	String list(Model model) {
		model.addAttribute("campaigns", this.overview.campaigns());
		model.addAttribute("questionnaires", this.overview.questionnaires());
		model.addAttribute("periods", this.cycles.list());
		model.addAttribute("kiosks", this.overview.kiosks());
		return "survey/admin";
	}

	@PostMapping("/admin/surveys/kiosks")
	String registerKiosk(@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect, Locale locale) {
		try {
			long unitId = this.organisation.findByCode(unit.strip())
				.orElseThrow(() -> new BusinessRuleException("survey.admin.unit-unknown", unit))
				.id();
			redirect.addFlashAttribute("kioskUrl", this.overview.kioskUrl(this.surveys.registerKiosk(unitId, name)));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
		}
		return "redirect:/admin/surveys#kiosks";
	}

	@PostMapping("/admin/surveys/kiosks/{id}/revoke")
	String revokeKiosk(@PathVariable long id) {
		this.surveys.revokeKiosk(id);
		return "redirect:/admin/surveys#kiosks";
	}

	@PostMapping("/admin/surveys/questionnaires")
	String addQuestionnaire(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
		try (InputStream in = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			this.surveys.addQuestionnaire(in);
			redirect.addFlashAttribute("message", "survey.admin.questionnaire-added");
			return "redirect:/admin/surveys";
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("importErrors", ex.errors());
			return list(model);
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
			return "redirect:/admin/surveys";
		}
	}

	@PostMapping("/admin/surveys/campaigns")
	String createCampaign(@RequestParam long questionnaire, @RequestParam long period,
			@RequestParam(defaultValue = "") String unit,
			@RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate opens,
			@RequestParam @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate closes,
			@RequestParam(required = false) @Nullable Integer population, RedirectAttributes redirect, Locale locale) {
		try {
			long unitId = this.organisation.findByCode(unit.strip())
				.orElseThrow(() -> new BusinessRuleException("survey.admin.unit-unknown", unit))
				.id();
			long id = this.surveys.createCampaign(
					new CampaignForm(questionnaire, period, unitId, opens.atStartOfDay(Formats.ZONE).toInstant(),
							closes.plusDays(1).atStartOfDay(Formats.ZONE).toInstant(), population));
			return "redirect:/admin/surveys/campaigns/" + id;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
			return "redirect:/admin/surveys";
		}
	}

	@GetMapping("/admin/surveys/campaigns/{id}")
	String campaign(@PathVariable long id, Model model) {
		model.addAttribute("campaign", this.overview.campaign(id));
		model.addAttribute("link", this.overview.link(id));
		model.addAttribute("results", this.overview.results(id));
		return "survey/campaign";
	}

	@PostMapping("/admin/surveys/campaigns/{id}/codes")
	String importCodes(@PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try (InputStream in = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			String name = (file != null && file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
			redirect.addFlashAttribute("added", this.surveys.importCodes(id, in, name));
			return "redirect:/admin/surveys/campaigns/" + id;
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("importErrors", ex.errors());
			return campaign(id, model);
		}
	}

	@GetMapping("/admin/surveys/campaigns/{id}/paper-template.xlsx")
	ResponseEntity<byte[]> paperTemplate(@PathVariable long id) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		this.surveys.paperTemplate(id, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename("phieu-giay-" + id + ".xlsx")
						.build()
						.toString())
			.body(out.toByteArray());
	}

	@PostMapping("/admin/surveys/campaigns/{id}/paper")
	String importPaper(@PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		try (InputStream in = (file != null) ? file.getInputStream() : InputStream.nullInputStream()) {
			redirect.addFlashAttribute("paperAdded", this.surveys.importPaper(id, in));
			return "redirect:/admin/surveys/campaigns/" + id;
		}
		catch (ImportRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("importErrors", ex.errors());
			return campaign(id, model);
		}
	}

	/**
	 * Streamed: the access check runs first, then the rows are written as they are read.
	 */
	@GetMapping("/admin/surveys/campaigns/{id}/responses.csv")
	ResponseEntity<StreamingResponseBody> responses(@PathVariable long id) {
		this.overview.campaign(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename("phieu-khao-sat-" + id + ".csv")
						.build()
						.toString())
			.body((out) -> this.overview.exportResponses(id, out));
	}

	@GetMapping("/admin/surveys/campaigns/{id}/qr.png")
	ResponseEntity<byte[]> qrPng(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(this.overview.qrPng(id));
	}

	@GetMapping("/admin/surveys/campaigns/{id}/qr.svg")
	ResponseEntity<String> qrSvg(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(this.overview.qrSvg(id));
	}

}
