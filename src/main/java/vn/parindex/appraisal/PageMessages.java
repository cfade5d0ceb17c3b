package vn.parindex.appraisal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.web.Refusals;

/**
 * Runs a page action and flashes the outcome: the success message, or the refusal's
 * reason in the reader's language. Refused access and unknown ids go on to the error
 * pages.
 */
@Component
class PageMessages {

	private final Refusals refusals;

	PageMessages(Refusals refusals) {
		this.refusals = refusals;
	}

	/** Runs the action; false when it was refused, with the reason flashed. */
	boolean run(Runnable action, String doneKey, RedirectAttributes redirect, Locale locale) {
		try {
			action.run();
			redirect.addFlashAttribute("message", doneKey);
			return true;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError", this.refusals.reason(ex, locale));
			return false;
		}
	}

}
