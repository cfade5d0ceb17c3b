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
 * The public portal, for anyone, signed in or not: the latest rankings, a publication's
 * ranking per peer group, search by unit name and the embeddable ranking. Every page
 * answers 304 while the browser's copy is current.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

	private final PortalPages pages;

	private final PortalCaching caching;

	PortalController(PortalPages pages, PortalCaching caching) {
		this.pages = pages;
		this.caching = caching;
	}

	@GetMapping
	@Nullable String home(ServletWebRequest request, Model model) {
		if (this.caching.notModified(request, null)) {
			return null;
		}
		model.addAttribute("home", this.pages.home());
		return "portal/home";
	}

	@GetMapping("/{publicationId:\\d+}")
	@Nullable String ranking(@PathVariable long publicationId, @RequestParam(required = false) @Nullable Long group,
			ServletWebRequest request, Model model) {
		return rankingPage("portal/ranking", publicationId, group, request, model);
	}

	@GetMapping("/embed/{publicationId:\\d+}")
	@Nullable String embed(@PathVariable long publicationId, @RequestParam(required = false) @Nullable Long group,
			ServletWebRequest request, Model model) {
		return rankingPage("portal/embed", publicationId, group, request, model);
	}

	@GetMapping("/search")
	@Nullable String search(@RequestParam(defaultValue = "") String q, ServletWebRequest request, Model model) {
		if (this.caching.notModified(request, null)) {
			return null;
		}
		model.addAttribute("q", q);
		model.addAttribute("hits", this.pages.search(q));
		model.addAttribute("periods", this.pages.periods());
		return "portal/search";
	}

	private @Nullable String rankingPage(String view, long publicationId, @Nullable Long group,
			ServletWebRequest request, Model model) {
		PublishedResults published = this.pages.published(publicationId);
		if (this.caching.notModified(request, published.publication())) {
			return null;
		}
		model.addAttribute("view", this.pages.ranking(published, group));
		return view;
	}

}
