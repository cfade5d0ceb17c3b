package vn.parindex.portal;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

import vn.parindex.remediation.PublishedAwards;

/**
 * Tells the ranking and unit pages whether the publication has a published award list, so
 * they link to it ({@code awardsPublished}).
 */
@ControllerAdvice(assignableTypes = { PortalController.class, UnitPagesController.class })
class PortalAwardsAdvice {

	private final PublishedAwards awards;

	PortalAwardsAdvice(PublishedAwards awards) {
		this.awards = awards;
	}

	@ModelAttribute("awardsPublished")
	boolean awardsPublished(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("publicationId") instanceof String id) {
			return this.awards.publishedFor(Long.parseLong(id));
		}
		return false;
	}

}
