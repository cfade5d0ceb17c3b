package vn.parindex.identity;

import org.jspecify.annotations.Nullable;

/**
 * A new or reset account, with the temporary password to hand over once, if one was
 * generated.
 */
public record CreatedUser(long id, String username, @Nullable String temporaryPassword) {
}
