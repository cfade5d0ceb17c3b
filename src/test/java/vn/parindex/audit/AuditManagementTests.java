package vn.parindex.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV quoting of the audit export: RFC 4180 fields that spreadsheets cannot turn into
 * formulas.
 */
class AuditManagementTests {

	@Test
	void quotesEveryValueSoCommasAndLineBreaksStayInTheirField() {
		assertThat(AuditManagement.csv("Sở Nội vụ")).isEqualTo("\"Sở Nội vụ\"");
		assertThat(AuditManagement.csv("a,b\r\nc")).isEqualTo("\"a,b\r\nc\"");
	}

	@Test
	void doublesQuotesInsideAValue() {
		assertThat(AuditManagement.csv("{\"name\":\"Sở \"\"A\"\"\"}"))
			.isEqualTo("\"{\"\"name\"\":\"\"Sở \"\"\"\"A\"\"\"\"\"\"}\"");
		assertThat(AuditManagement.csv("\"")).isEqualTo("\"\"\"\"");
	}

	@Test
	void neutralisesLeadingFormulaCharacters() {
		// OWASP CSV injection: a cell starting with = + - @ (or tab, CR) is run by Excel.
		assertThat(AuditManagement.csv("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(AuditManagement.csv("+1+2")).isEqualTo("\"'+1+2\"");
		assertThat(AuditManagement.csv("-1+2")).isEqualTo("\"'-1+2\"");
		assertThat(AuditManagement.csv("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(AuditManagement.csv("\tcmd")).isEqualTo("\"'\tcmd\"");
	}

	@Test
	void leavesFormulaCharactersAfterTheFirstAlone() {
		assertThat(AuditManagement.csv("a=b")).isEqualTo("\"a=b\"");
		assertThat(AuditManagement.csv("canbo.skhcn@dongthap")).isEqualTo("\"canbo.skhcn@dongthap\"");
	}

	@Test
	void writesNullAsAnEmptyFieldAndEmptyAsQuotedEmpty() {
		assertThat(AuditManagement.csv(null)).isEmpty();
		assertThat(AuditManagement.csv("")).isEqualTo("\"\"");
	}

}
