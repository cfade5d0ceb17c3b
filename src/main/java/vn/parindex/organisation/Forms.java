package vn.parindex.organisation;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.StaleVersionException;

/**
 * Runs a facade call for a form: a broken business rule becomes a form error, so the page
 * re-renders with the reason instead of leaving the form.
 */
final class Forms {

	private Forms() {
	}

	static <T> Optional<T> attempt(BindingResult errors, Supplier<T> action) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.get());
		}
		catch (BusinessRuleException ex) {
			// Refusals and conflicts are not the form's fault: error pages and callers
			// handle them.
			if (ex instanceof AccessRefusedException || ex instanceof NotFoundException
					|| ex instanceof StaleVersionException) {
				throw ex;
			}
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			return Optional.empty();
		}
	}

	static boolean succeeds(BindingResult errors, Runnable action) {
		return attempt(errors, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

}
