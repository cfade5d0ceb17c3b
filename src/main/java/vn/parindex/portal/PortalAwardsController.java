package vn.parindex.portal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

import vn.parindex.remediation.AwardList;
import vn.parindex.remediation.AwardListPdf;
import vn.parindex.remediation.PublishedAwards;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.shared.NotFoundException;

/**
 * The published award list of a period, for anyone: the page, grouped by award, and its
 * PDF. Not found until the Sở Nội vụ publishes the list. Both answer 304 while the
 * browser's copy is current; the version changes when a list is published.
 */
@Controller
@RequestMapping("/portal/{publicationId:\\d+}")
class PortalAwardsController {

	private final PortalPages pages;

	private final PublishedAwards awards;

	private final AwardListPdf pdf;

	private final PortalCaching caching;

	PortalAwardsController(PortalPages pages, PublishedAwards awards, AwardListPdf pdf, PortalCaching caching) {
		this.pages = pages;
		this.awards = awards;
		this.pdf = pdf;
		this.caching = caching;
	}

	@GetMapping("/awards")
	@Nullable String awards(@PathVariable long publicationId, ServletWebRequest request, Model model) {
		PublishedResults published = this.pages.published(publicationId);
		AwardList list = list(publicationId);
		if (this.caching.notModified(request, published.publication())) {
			return null;
		}
		model.addAttribute("publication", published.publication());
		model.addAttribute("list", list);
		model.addAttribute("periods", this.pages.periods());
		return "portal/awards";
	}

	@GetMapping("/awards.pdf")
	ResponseEntity<byte[]> awardsPdf(@PathVariable long publicationId, Locale locale, ServletWebRequest request) {
		PublishedResults published = this.pages.published(publicationId);
		AwardList list = list(publicationId);
		String etag = this.caching.etag(request.getRequest(), published.publication());
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		String name = "khen-thuong-" + list.year() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.pdf.write(list, locale));
	}

	private AwardList list(long publicationId) {
		return this.awards.forPublication(publicationId)
			.orElseThrow(() -> new NotFoundException("award-list", publicationId));
	}

}
