package vn.parindex.notification;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * A notification as a plain-text Vietnamese mail: the subject is the title after
 * {@code [Chỉ số CCHC]}, the body ends with the link as an absolute URL.
 */
@Component
class MailText {

	private final NotificationProperties properties;

	private final Texts texts;

	MailText(NotificationProperties properties, Texts texts) {
		this.properties = properties;
		this.texts = texts;
	}

	SimpleMailMessage message(String to, String title, String body, String link) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(to);
		message.setSubject(Outbox.SUBJECT_PREFIX + title);
		message.setText(this.texts.get("mail.greeting") + "\n\n" + body + "\n\n" + this.texts.get("mail.link") + " "
				+ this.properties.absolute(link) + "\n\n-- \n" + this.texts.get("mail.footer") + "\n");
		return message;
	}

}
