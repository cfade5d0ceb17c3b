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
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.shared.NotFoundException;

/**
 * The public survey pages of a publication: per instrument (SIPAS, each sociological
 * form) a ranking per peer group with intervals and the split. Like every portal page,
 * only published results exist here.
 */
@Controller
@RequestMapping("/portal/{publicationId:\\d+}/surveys")
class SurveyPagesController {

	private final PortalPages pages;

	private final PortalCaching caching;

	SurveyPagesController(PortalPages pages, PortalCaching caching) {
		this.pages = pages;
		this.caching = caching;
	}

	@GetMapping("/{instrument}")
	@Nullable String survey(@PathVariable long publicationId, @PathVariable String instrument,
			@RequestParam(required = false) @Nullable Long group, ServletWebRequest request, Model model) {
		PublishedResults published = this.pages.published(publicationId);
		if (this.caching.notModified(request, published.publication())) {
			return null;
		}
		ResultsSnapshot.Survey survey = published.snapshot()
			.survey(instrument)
			.orElseThrow(() -> new NotFoundException("survey", instrument));
		model.addAttribute("view", new SurveyView(published.publication(), published.snapshot(), survey,
				group(survey, group), this.pages.replacement(published.publication())));
		return "portal/survey";
	}

	private static ResultsSnapshot.SurveyGroup group(ResultsSnapshot.Survey survey, @Nullable Long groupId) {
		return survey.groups()
			.stream()
			.filter((group) -> groupId == null || group.peerGroupId() == groupId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("peer-group", (groupId != null) ? groupId : -1));
	}

}
