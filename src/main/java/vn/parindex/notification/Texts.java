package vn.parindex.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese texts of notifications and mails, from the message bundle
 * ({@code notification.*}). Notifications are stored as text, in Vietnamese.
 */
@Component
class Texts {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	/** The text of {@code notification.<key>} with the arguments filled in. */
	String get(String key, Object... args) {
		return this.messages.getMessage("notification." + key, args, VIETNAMESE);
	}

}
