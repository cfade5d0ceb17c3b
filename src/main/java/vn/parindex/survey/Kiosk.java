package vn.parindex.survey;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A registered tablet at a one-stop office.
 *
 * @param id its id
 * @param unitId the unit whose open campaign it answers
 * @param name where it stands, such as "Quầy 3, Trung tâm Phục vụ hành chính công"
 * @param createdAt when it was registered
 * @param revokedAt when it was withdrawn, if it was
 */
public record Kiosk(long id, long unitId, String name, Instant createdAt, @Nullable Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
