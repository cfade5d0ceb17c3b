package vn.parindex.portal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

import vn.parindex.scoring.PublishedResults;

/**
 * A unit's public page in a publication, and two units side by side.
 */
@Controller
@RequestMapping("/portal/{publicationId:\\d+}")
class UnitPagesController {

	private final PortalPages pages;

	private final UnitPages units;

	private final PortalCaching caching;

	UnitPagesController(PortalPages pages, UnitPages units, PortalCaching caching) {
		this.pages = pages;
		this.units = units;
		this.caching = caching;
	}

	@GetMapping("/units/{unitId:\\d+}")
	@Nullable String unit(@PathVariable long publicationId, @PathVariable long unitId, ServletWebRequest request, Model model) {
		PublishedResults published = this.pages.published(publicationId);
		if (this.caching.notModified(request, published.publication())) {
			return null;
		}
		model.addAttribute("view", this.units.unit(published, unitId));
		return "portal/unit";
	}

	@GetMapping("/compare")
	@Nullable String compare(@PathVariable long publicationId, @RequestParam(required = false) @Nullable Long a,
			@RequestParam(required = false) @Nullable Long b, ServletWebRequest request, Model model) {
		PublishedResults published = this.pages.published(publicationId);
		if (this.caching.notModified(request, published.publication())) {
			return null;
		}
		model.addAttribute("view", this.units.compare(published, a, b));
		return "portal/compare";
	}

}
