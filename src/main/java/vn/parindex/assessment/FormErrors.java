package vn.parindex.assessment;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * The reason a workspace form was refused, in the reader's language, shown next to the
 * form. Refused access and unknown ids are not form errors: they go on to the error
 * pages.
 */
@Component
class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	String reason(BusinessRuleException ex, Locale locale) {
		if (ex instanceof AccessRefusedException || ex instanceof NotFoundException) {
			throw ex;
		}
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey()),
				locale);
	}

}
