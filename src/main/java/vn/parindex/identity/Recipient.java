package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

/**
 * An active user as a notification's addressee, for other modules.
 *
 * @param userId the user's id
 * @param username the login name
 * @param fullName the user's name
 * @param email the address for mail, null when the account has none
 */
public record Recipient(long userId, String username, String fullName, @Nullable String email) {
}
