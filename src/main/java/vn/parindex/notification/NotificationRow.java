package vn.parindex.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notification of the signed-in user, for the page and the API.
 *
 * @param id the notification's id
 * @param kind what it is about
 * @param title the one-line summary
 * @param body the full text
 * @param link where to act on it, relative to the application
 * @param createdAt when it was made
 * @param readAt when the user marked or opened it, null while unread
 */
public record NotificationRow(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
