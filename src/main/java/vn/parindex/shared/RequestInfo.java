package vn.parindex.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The request id and client address of the request being served, for the audit log.
 * Outside a request (start-up, scheduled work) both are null.
 *
 * @param requestId the id also written to the {@code X-Request-Id} response header
 * @param clientIp the remote address as seen by the servlet container
 */
public record RequestInfo(@Nullable String requestId, @Nullable String clientIp) {

	public static final String REQUEST_ID_ATTRIBUTE = RequestInfo.class.getName() + ".requestId";

	public static RequestInfo current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return new RequestInfo(null, null);
		}
		return of(servlet.getRequest());
	}

	public static RequestInfo of(HttpServletRequest request) {
		Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
		return new RequestInfo((id != null) ? id.toString() : null, request.getRemoteAddr());
	}

}
