package vn.parindex.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the notifications that wait in {@code notification_message}: after each commit
 * that added some, and again every minute for those that failed, up to five attempts. A
 * failure is recorded on the row and logged, never thrown. Without
 * {@code spring.mail.host} there is no mail sender and nothing is mailed.
 */
@Component
class Outbox {

	static final int MAX_ATTEMPTS = 5;

	static final String SUBJECT_PREFIX = "[Chỉ số CCHC] ";

	private static final int BATCH = 50;

	private static final String DEFAULT_TIMEOUT = "10000";

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mail;

	private final TransactionTemplate separately;

	private final MailText text;

	private final Clock clock;

	Outbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, PlatformTransactionManager transactions, MailText text,
			Clock clock) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.text = text;
		this.clock = clock;
	}

	/** Sends what waits, batch by batch, until a batch fails or nothing is left. */
	void flush() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		withTimeouts(sender);
		try {
			boolean more = true;
			while (more) {
				more = Boolean.TRUE.equals(this.separately.execute((status) -> sendBatch(sender)));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Notification mails not sent: {}", ex.toString());
		}
	}

	/**
	 * JavaMail waits forever by default; a request must not hang on a silent SMTP server.
	 * Timeouts set in {@code spring.mail.properties} win.
	 */
	private static void withTimeouts(JavaMailSender sender) {
		if (sender instanceof JavaMailSenderImpl impl) {
			for (String key : List.of("connectiontimeout", "timeout", "writetimeout")) {
				impl.getJavaMailProperties().putIfAbsent("mail.smtp." + key, DEFAULT_TIMEOUT);
			}
		}
	}

	@Scheduled(fixedDelayString = "${parindex.notification.retry-delay:PT1M}")
	void retry() {
		flush();
	}

	/**
	 * One batch, its rows locked so a concurrent flush skips them; true when it was full
	 * and went out without a failure.
	 */
	private boolean sendBatch(JavaMailSender sender) {
		List<Pending> pending = this.jdbc.sql("""
				select id, email_to, title, body, link from notification_message
				where email_to is not null and emailed_at is null and email_attempts < :max
				order by id limit :batch for update skip locked""")
			.param("max", MAX_ATTEMPTS)
			.param("batch", BATCH)
			.query(this::pending)
			.list();
		if (pending.isEmpty()) {
			return false;
		}
		Map<Object, Exception> failed = send(sender, pending);
		pending.forEach((row) -> record(row.id(), failed.get(row.message())));
		return failed.isEmpty() && pending.size() == BATCH;
	}

	/** The failed messages with their errors; all of them when the server is away. */
	private static Map<Object, Exception> send(JavaMailSender sender, List<Pending> pending) {
		SimpleMailMessage[] messages = pending.stream().map(Pending::message).toArray(SimpleMailMessage[]::new);
		try {
			sender.send(messages);
			return Map.of();
		}
		catch (MailSendException ex) {
			return ex.getFailedMessages().isEmpty() ? allFailed(pending, ex) : ex.getFailedMessages();
		}
		catch (MailException ex) {
			return allFailed(pending, ex);
		}
	}

	private static Map<Object, Exception> allFailed(List<Pending> pending, Exception ex) {
		Map<Object, Exception> failed = new java.util.IdentityHashMap<>();
		pending.forEach((row) -> failed.put(row.message(), ex));
		log.warn("Notification mails not sent ({}): {}", pending.size(), ex.toString());
		return failed;
	}

	private void record(long id, @org.jspecify.annotations.Nullable Exception failure) {
		if (failure == null) {
			this.jdbc.sql("update notification_message set emailed_at = :now, email_error = null where id = :id")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", id)
				.update();
			return;
		}
		String error = String.valueOf(failure.getMessage());
		this.jdbc.sql("""
				update notification_message set email_attempts = email_attempts + 1, email_error = :error
				where id = :id""")
			.param("error", error.substring(0, Math.min(error.length(), 1000)))
			.param("id", id)
			.update();
	}

	private Pending pending(ResultSet rs, int n) throws SQLException {
		return new Pending(rs.getLong("id"), this.text.message(rs.getString("email_to"), rs.getString("title"),
				rs.getString("body"), rs.getString("link")));
	}

	/** A row to mail and its message. */
	record Pending(long id, SimpleMailMessage message) {
	}

}
