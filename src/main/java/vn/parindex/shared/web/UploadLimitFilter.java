package vn.parindex.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload over the container's ceiling before anything reads its body. Left to
 * the container, the first filter that asks for a parameter fails mid-parse and the user
 * sees Tomcat's English page; refused here, the error dispatch renders our 413 page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UploadLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	UploadLimitFilter(MultipartProperties multipart) {
		this.maxBytes = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.startsWith("multipart/") && this.maxBytes > 0
				&& request.getContentLengthLong() > this.maxBytes) {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
