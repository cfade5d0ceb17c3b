package vn.parindex.notification;

/**
 * A notification to deliver to some users, its texts in Vietnamese.
 *
 * @param kind what it is about
 * @param refKey names the occasion; each user gets a notice of an occasion at most once
 * @param title the one-line summary, also the mail's subject
 * @param body the full text
 * @param link where to act on it, relative to the application
 */
record Notice(NotificationKind kind, String refKey, String title, String body, String link) {
}
