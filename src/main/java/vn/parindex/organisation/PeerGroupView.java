package vn.parindex.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A peer group (nhóm xếp hạng) as listed.
 */
public record PeerGroupView(long id, String code, String nameVi, String nameEn, @Nullable LocalDate validFrom,
		@Nullable LocalDate validTo) {
}
