package vn.parindex.framework.cycle;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.StaleVersionException;

/**
 * Runs a facade call for a form: a broken rule becomes a form error and the page answers
 * 422, so it re-renders with the reason and nothing saved. Refusals and conflicts go to
 * the error pages.
 */
final class CycleForms {

	private CycleForms() {
	}

	static <T> Optional<T> attempt(BindingResult errors, HttpServletResponse response, Supplier<T> action) {
		if (!errors.hasErrors()) {
			try {
				return Optional.of(action.get());
			}
			catch (BusinessRuleException ex) {
				if (ex instanceof AccessRefusedException || ex instanceof NotFoundException
						|| ex instanceof StaleVersionException) {
					throw ex;
				}
				errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return Optional.empty();
	}

	static boolean succeeds(BindingResult errors, HttpServletResponse response, Runnable action) {
		return attempt(errors, response, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

}
