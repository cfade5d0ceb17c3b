package vn.parindex.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.LockedException;
import vn.parindex.shared.StaleVersionException;

/**
 * Errors of the JSON API as RFC 9457 ProblemDetail with a stable {@code code}; never
 * class names or stack traces.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandling {

	private final MessageSource messages;

	ApiErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BusinessRuleException.class)
	ProblemDetail businessRule(BusinessRuleException ex, Locale locale) {
		ProblemDetail problem = problem(ErrorStatus.of(ex), ex.messageKey(),
				this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		if (ex instanceof ImportRejectedException rejected) {
			problem.setProperty("errors", rejected.errors()
				.stream()
				.map((error) -> Map.of("row", error.row(), "cell", error.cell(), "code", error.messageKey(), "message",
						this.messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale)))
				.toList());
		}
		return problem;
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMessageNotReadableException.class })
	ProblemDetail badRequest(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "error.bad-request",
				this.messages.getMessage("error.bad-request", null, locale));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(Locale locale) {
		return businessRule(new AccessRefusedException(), locale);
	}

	static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:parindex:problem:" + code));
		problem.setProperty("code", code);
		return problem;
	}

	/** The HTTP status that each kind of refusal maps to, for pages and API alike. */
	static final class ErrorStatus {

		private ErrorStatus() {
		}

		static HttpStatus of(BusinessRuleException ex) {
			if (ex instanceof NotFoundException) {
				return HttpStatus.NOT_FOUND;
			}
			if (ex instanceof AccessRefusedException) {
				return HttpStatus.FORBIDDEN;
			}
			if (ex instanceof StaleVersionException || ex instanceof LockedException) {
				return HttpStatus.CONFLICT;
			}
			return HttpStatus.UNPROCESSABLE_CONTENT;
		}

	}

}
