package vn.parindex.assessment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

/**
 * What the unit says about an evidence document.
 *
 * @param docNumber the number and code (số, ký hiệu), e.g. {@code 97/QĐ-UBND-HC}
 * @param issuedOn the issue date
 * @param issuer who issued it
 * @param note the page or section it supports
 */
public record EvidenceDetails(@Nullable String docNumber, @Nullable LocalDate issuedOn, @Nullable String issuer,
		@Nullable String note) {

	public EvidenceDetails {
		docNumber = trimmed(docNumber, 100, "docNumber");
		issuer = trimmed(issuer, 300, "issuer");
		note = trimmed(note, 1000, "note");
	}

	/** Refuses an issue date after today. */
	void requireIssuedBy(LocalDate today) {
		if (this.issuedOn != null && this.issuedOn.isAfter(today)) {
			throw new BusinessRuleException("assessment.evidence.issued-in-future");
		}
	}

	private static @Nullable String trimmed(@Nullable String text, int max, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > max) {
			throw new BusinessRuleException("assessment.evidence.too-long." + field, max);
		}
		return value;
	}

}
