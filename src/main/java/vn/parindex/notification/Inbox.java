package vn.parindex.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.parindex.identity.Recipient;

/**
 * The users' notifications: added at most once per user and occasion, listed, counted and
 * marked read, always within one user's own rows.
 */
@Component
class Inbox {

	private static final String COLUMNS = "id, kind, title, body, link, created_at, read_at";

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the notice for the user unless they have it already; true when added. Users
	 * with an address get it mailed from the outbox.
	 */
	boolean add(Recipient to, Notice notice, Instant now) {
		return this.jdbc.sql("""
				insert into notification_message (user_id, kind, title, body, link, ref_key, created_at, email_to)
				values (:user, :kind, :title, :body, :link, :ref, :now, :email)
				on conflict (user_id, ref_key) do nothing""")
			.param("user", to.userId())
			.param("kind", notice.kind().name())
			.param("title", notice.title())
			.param("body", notice.body())
			.param("link", notice.link())
			.param("ref", notice.refKey())
			.param("now", Timestamp.from(now))
			.param("email", to.email())
			.update() > 0;
	}

	/** The user's notifications, newest first, at most {@code limit}. */
	List<NotificationRow> of(long userId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notification_message where user_id = :user"
					+ " order by created_at desc, id desc limit :limit")
			.param("user", userId)
			.param("limit", limit)
			.query(Inbox::row)
			.list();
	}

	Optional<NotificationRow> find(long userId, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_message where id = :id and user_id = :user")
			.param("id", id)
			.param("user", userId)
			.query(Inbox::row)
			.optional();
	}

	long unread(long userId) {
		return this.jdbc.sql("select count(*) from notification_message where user_id = :user and read_at is null")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the user's notifications read; false when the user has no such one.
	 */
	boolean markRead(long userId, long id, Instant now) {
		return this.jdbc.sql("""
				update notification_message set read_at = coalesce(read_at, :now)
				where id = :id and user_id = :user""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("user", userId)
			.update() > 0;
	}

	int markAllRead(long userId, Instant now) {
		return this.jdbc.sql("update notification_message set read_at = :now where user_id = :user and read_at is null")
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.update();
	}

	private static NotificationRow row(ResultSet rs, int n) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new NotificationRow(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), (read != null) ? read.toInstant() : null);
	}

}
