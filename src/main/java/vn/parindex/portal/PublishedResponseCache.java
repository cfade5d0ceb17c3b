package vn.parindex.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.parindex.remediation.AwardListPublished;
import vn.parindex.scoring.ScoresPublished;

/**
 * Published results never change, so the portal's pages, its downloads and the open data
 * are rendered once per address, language and set of publications, and then served from
 * memory, with a 304 to a browser that sends the page's ETag back. Only what the
 * controllers answered with 200 and an ETag, and without a cookie, is kept: nothing
 * before publication, no error and no signed-in page. A publication or correction (or a
 * published award list) starts a new generation once committed, so nothing older is
 * served after it; entries also expire after 5 minutes, as the pages' {@code max-age},
 * which bounds how long another app server may serve a page corrected elsewhere.
 */
@Component
class PublishedResponseCache extends OncePerRequestFilter {

	static final List<String> PATTERNS = List.of("/portal/*", "/api/public/*");

	/** The memory the kept responses may use. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final int MAX_ENTRY = 8 * 1024 * 1024;

	private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY,
			HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LANGUAGE);

	private final AtomicLong generation = new AtomicLong();

	private final Cache<String, Kept> kept = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, Kept value) -> key.length() + value.body().length)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	/**
	 * A response kept in memory.
	 *
	 * @param etag its ETag
	 * @param contentType its content type
	 * @param headers the other headers replayed
	 * @param body its bytes
	 */
	record Kept(String etag, String contentType, Map<String, String> headers, byte[] body) {
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ScoresPublished published) {
		this.generation.incrementAndGet();
		this.kept.invalidateAll();
	}

	/** A published award list adds a link to its period's pages. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(AwardListPublished published) {
		this.generation.incrementAndGet();
		this.kept.invalidateAll();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean get = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!get || request.getUserPrincipal() != null) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request, this.generation.get());
		Kept hit = this.kept.getIfPresent(key);
		if (hit != null) {
			replay(hit, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
		}
		finally {
			Kept answer = keepable(request, wrapper);
			if (answer != null) {
				this.kept.put(key, answer);
			}
			wrapper.copyBodyToResponse();
		}
	}

	private static String key(HttpServletRequest request, long generation) {
		StringBuilder key = new StringBuilder().append(generation).append(' ').append(request.getMethod());
		key.append(' ').append(request.getRequestURI()).append('?').append(request.getQueryString());
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals("parindex-lang")) {
					key.append(" lang=").append(cookie.getValue());
				}
			}
		}
		return key.toString();
	}

	private static @Nullable Kept keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (request.isAsyncStarted() || response.getStatus() != HttpServletResponse.SC_OK || etag == null
				|| response.getHeader(HttpHeaders.SET_COOKIE) != null || response.getContentType() == null
				|| response.getContentSize() > MAX_ENTRY || "HEAD".equals(request.getMethod())) {
			return null;
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : KEPT_HEADERS) {
			String value = response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return new Kept(etag, response.getContentType(), headers, response.getContentAsByteArray());
	}

	private static void replay(Kept hit, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ETAG, hit.etag());
		hit.headers().forEach(response::setHeader);
		String sent = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (sent != null && (sent.contains(hit.etag()) || sent.strip().equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(hit.contentType());
		response.setContentLength(hit.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(hit.body());
		}
	}

}
