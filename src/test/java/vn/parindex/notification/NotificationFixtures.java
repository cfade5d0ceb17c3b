package vn.parindex.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.Recipient;
import vn.parindex.shared.Role;

/**
 * Lookups, unique occasions and mail checks for the notification tests.
 */
final class NotificationFixtures {

	/** Fake assessment ids, different in every run, so their occasions are new. */
	private static final AtomicLong ASSESSMENT = new AtomicLong(System.currentTimeMillis());

	private NotificationFixtures() {
	}

	static long nextAssessmentId() {
		return ASSESSMENT.incrementAndGet();
	}

	static long userId(IdentityManagement identity, String username) {
		return identity.recipients(List.of(Role.values()), null)
			.stream()
			.filter((user) -> user.username().equals(username))
			.map(Recipient::userId)
			.findFirst()
			.orElseThrow();
	}

	/** The user's notification of the occasion, if any. */
	static Optional<Row> row(JdbcClient jdbc, long userId, String refKey) {
		return jdbc
			.sql("""
					select id, kind, title, body, link, email_to, emailed_at is not null as emailed, read_at is not null as read
					from notification_message where user_id = ? and ref_key = ?""")
			.params(userId, refKey)
			.query(Row.class)
			.optional();
	}

	static long count(JdbcClient jdbc, String refKeyLike) {
		return jdbc.sql("select count(*) from notification_message where ref_key like ?")
			.params(refKeyLike)
			.query(Long.class)
			.single();
	}

	/**
	 * The first mail to the address whose subject contains the text, waiting up to 5 s.
	 */
	static MimeMessage awaitMail(GreenMailExtension mail, String to, String subject) throws Exception {
		return awaitMail(mail, to, subject, "");
	}

	/**
	 * The first mail to the address whose subject contains the text and whose body
	 * contains the other, waiting up to 5 s. Mails of earlier tests may arrive late from
	 * the outbox's retry, so a test names what is its own.
	 */
	static MimeMessage awaitMail(GreenMailExtension mail, String to, String subject, String body) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(5));
		while (true) {
			MimeMessage found = find(mail, to, subject, body);
			if (found != null) {
				return found;
			}
			if (Instant.now().isAfter(until)) {
				throw new AssertionError(
						"no mail to " + to + " with subject containing " + subject + " and body containing " + body);
			}
			mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
		}
	}

	static long mailCount(GreenMailExtension mail, String to, String subject) throws Exception {
		return mailCount(mail, to, subject, "");
	}

	/**
	 * The mails to the address with the text in the subject and the other in the body.
	 */
	static long mailCount(GreenMailExtension mail, String to, String subject, String body) throws Exception {
		long count = 0;
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (matches(message, to, subject) && String.valueOf(message.getContent()).contains(body)) {
				count++;
			}
		}
		return count;
	}

	private static @Nullable MimeMessage find(GreenMailExtension mail, String to, String subject, String body)
			throws Exception {
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (matches(message, to, subject) && String.valueOf(message.getContent()).contains(body)) {
				return message;
			}
		}
		return null;
	}

	private static boolean matches(MimeMessage message, String to, String subject) throws MessagingException {
		Address[] recipients = message.getAllRecipients();
		return recipients != null && Arrays.stream(recipients).anyMatch((address) -> address.toString().equals(to))
				&& message.getSubject() != null && message.getSubject().contains(subject);
	}

	/** A stored notification as the tests read it. */
	record Row(long id, String kind, String title, String body, String link, @Nullable String emailTo, boolean emailed,
			boolean read) {
	}

}
