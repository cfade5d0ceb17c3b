package vn.parindex.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import vn.parindex.shared.RequestInfo;

/**
 * Adds the request id to error pages and error JSON, so a user can quote it to the help
 * desk.
 */
@Component
class RequestIdErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object id = request.getAttribute(RequestInfo.REQUEST_ID_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (id != null) {
			attributes.put("requestId", id.toString());
		}
		return attributes;
	}

}
