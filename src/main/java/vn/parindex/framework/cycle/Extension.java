package vn.parindex.framework.cycle;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A later deadline for one unit in one phase, with who granted it and why.
 *
 * @param unitId the unit
 * @param phase the phase
 * @param endsAt the unit's deadline
 * @param reason why it was granted
 * @param grantedBy the username of who granted it
 * @param grantedAt when
 */
@Embeddable
record Extension(long unitId, @Enumerated(EnumType.STRING) Phase phase, Instant endsAt, String reason, String grantedBy,
		Instant grantedAt) {
}
