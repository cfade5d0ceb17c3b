package vn.parindex.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * The reason a form was refused, in the reader's language, for pages that show it next to
 * the form or in a flash message. Refused access and unknown ids are not form errors:
 * they are thrown on to the error pages.
 */
@Component
public class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	public String reason(BusinessRuleException ex, Locale locale) {
		if (ex instanceof AccessRefusedException || ex instanceof NotFoundException) {
			throw ex;
		}
		return this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { ex.messageKey() }, ex.arguments(), ex.messageKey()),
				locale);
	}

}
