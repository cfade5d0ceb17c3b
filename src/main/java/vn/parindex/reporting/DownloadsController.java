package vn.parindex.reporting;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import vn.parindex.reporting.ResultsExports.Placed;
import vn.parindex.scoring.PublishedResults;

/**
 * The portal's downloads of a publication, for anyone: the ranking workbook, the
 * decision's annex and a unit's scorecard. An unpublished period has no publication id,
 * so it answers 404.
 */
@Controller
class DownloadsController {

	private final ResultsExports exports;

	DownloadsController(ResultsExports exports) {
		this.exports = exports;
	}

	@GetMapping("/portal/{publicationId}/ranking.xlsx")
	ResponseEntity<byte[]> ranking(@PathVariable long publicationId, Locale locale, WebRequest request) {
		PublishedResults published = this.exports.published(publicationId);
		return Download.file(published.publication(), "xep-hang.xlsx", Download.XLSX, locale)
			.send(request, () -> this.exports.ranking(published, locale));
	}

	@GetMapping("/portal/{publicationId}/annex.pdf")
	ResponseEntity<byte[]> annex(@PathVariable long publicationId, Locale locale, WebRequest request) {
		PublishedResults published = this.exports.published(publicationId);
		return Download.file(published.publication(), "phu-luc.pdf", MediaType.APPLICATION_PDF, locale)
			.send(request, () -> this.exports.annex(published, locale));
	}

	@GetMapping("/portal/{publicationId}/units/{unitId}/scorecard.pdf")
	ResponseEntity<byte[]> scorecard(@PathVariable long publicationId, @PathVariable long unitId, Locale locale,
			WebRequest request) {
		PublishedResults published = this.exports.published(publicationId);
		Placed placed = this.exports.unit(published, unitId);
		String name = "the-diem-" + slug(placed.unit().code()) + ".pdf";
		return Download.file(published.publication(), name, MediaType.APPLICATION_PDF, locale)
			.send(request, () -> this.exports.scorecard(published, placed, locale));
	}

	static String slug(String code) {
		return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
