package vn.parindex.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language switch links to the page the user is on, filters and all, with
 * only {@code lang} changed.
 */
@ControllerAdvice
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		return Map.of("vi", link(request, "vi"), "en", link(request, "en"));
	}

	private static String link(HttpServletRequest request, String language) {
		// On an error page the request is the error dispatch; link to what the user asked
		// for.
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original != null) ? original.toString() : request.getRequestURI();
		String query = (original != null) ? null : request.getQueryString();
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
