package vn.parindex.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.RequestInfo;

/**
 * Errors of HTML pages: the error page for the status, in the user's language, with the
 * reason. Forms catch their own rule violations and re-render; what reaches here is a
 * refusal.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandling {

	/**
	 * An upload over the ceiling that slipped past UploadLimitFilter (no Content-Length).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(Model model, HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		model.addAttribute("requestId", RequestInfo.of(request).requestId());
		return "error/413";
	}

	@ExceptionHandler(BusinessRuleException.class)
	String businessRule(BusinessRuleException ex, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		HttpStatus status = ApiErrorHandling.ErrorStatus.of(ex);
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", ex.messageKey());
		model.addAttribute("messageArgs", ex.arguments());
		model.addAttribute("requestId", RequestInfo.of(request).requestId());
		return switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			default -> "error/409";
		};
	}

}
