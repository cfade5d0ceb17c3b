package vn.parindex.appraisal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * Runs a page action and flashes the outcome: the success message, or the refusal's
 * reason in the reader's language. Refused access and unknown ids go on to the error
 * pages.
 */
@Component
class PageMessages {

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs the action; false when it was refused, with the reason flashed. */
	boolean run(Runnable action, String doneKey, RedirectAttributes redirect, Locale locale) {
		try {
			action.run();
			redirect.addFlashAttribute("message", doneKey);
			return true;
		}
		catch (AccessRefusedException | NotFoundException ex) {
			throw ex;
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("flashError",
					this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { ex.messageKey() },
							ex.arguments(), ex.messageKey()), locale));
			return false;
		}
	}

}
