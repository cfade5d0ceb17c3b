package vn.parindex.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pager and the CSV link keep the filters the user chose.
 */
class AuditLinksTests {

	@Test
	void keepsFiltersInLinksWithEveryValueEncoded() {
		AuditFilter filter = new AuditFilter(" a&b=c ", 7L, "org-unit", null, LocalDate.of(2024, 1, 31), null);
		AuditLinks links = AuditLinks.of(filter);
		assertThat(links.csv())
			.isEqualTo("/admin/audit.csv?actor=a%26b%3Dc&unitId=7&subjectType=org-unit&from=31%2F01%2F2024");
		assertThat(links.page(2)).endsWith("&from=31%2F01%2F2024&page=2");
		assertThat(AuditLinks.of(AuditFilter.all()).page(1)).isEqualTo("/admin/audit?page=1");
	}

}
