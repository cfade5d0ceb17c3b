package vn.parindex.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import vn.parindex.remediation.PublishedAwards;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublicResults;

/**
 * HTTP caching of the portal's pages. Published results never change, so a page is known
 * by the SHA-256 of its publication, the set of current publications (a correction
 * changes notices, trends and the year picker), the published award lists (their links),
 * the address and the language.
 */
@Component
class PortalCaching {

	static final String CACHE_CONTROL = "public, max-age=300";

	private final PublicResults results;

	private final PublishedAwards awards;

	PortalCaching(PublicResults results, PublishedAwards awards) {
		this.results = results;
		this.awards = awards;
	}

	/**
	 * Sets the page's ETag and cache headers; true when the browser's copy is still good
	 * and a 304 was answered.
	 */
	boolean notModified(ServletWebRequest request, @Nullable Publication publication) {
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.setHeader(HttpHeaders.VARY, "Cookie");
		}
		return request.checkNotModified(etag(request.getRequest(), publication));
	}

	String etag(HttpServletRequest request, @Nullable Publication publication) {
		StringBuilder variant = new StringBuilder((publication != null) ? publication.sha256() : "-");
		this.results.current().forEach((p) -> variant.append('|').append(p.id()).append(':').append(p.sha256()));
		variant.append("|awards:").append(this.awards.stamp());
		variant.append('|').append(request.getRequestURI()).append('?').append(request.getQueryString());
		variant.append('|').append(LocaleContextHolder.getLocale().getLanguage());
		return "\"" + sha256(variant.toString()).substring(0, 32) + "\"";
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

}
