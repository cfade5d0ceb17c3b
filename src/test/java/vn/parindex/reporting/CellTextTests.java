package vn.parindex.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula injection: text a spreadsheet would run as a formula gets a leading apostrophe;
 * everything else is left as it is.
 */
class CellTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+A", "-2", "@SUM(A1:A2)", "\tcmd", "\r=1", "=HYPERLINK(\"http://x\")" })
	void prefixesWhatCouldStartAFormula(String value) {
		assertThat(CellText.safe(value)).isEqualTo("'" + value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sở Khoa học và Công nghệ", "SKHCN-2025", "97/QĐ-UBND", "1.1.2", " =not first", "a=b",
			"'quoted" })
	void leavesOrdinaryTextAlone(String value) {
		assertThat(CellText.safe(value)).isSameAs(value);
	}

	@Test
	void leavesEmptyTextAlone() {
		assertThat(CellText.safe("")).isEmpty();
	}

	@Test
	void csvNeutralisesTextButNotNumbers() {
		assertThat(ResultsCsv.field("=1+1")).isEqualTo("'=1+1");
		assertThat(ResultsCsv.field("-2, or so")).isEqualTo("\"'-2, or so\"");
		assertThat(ResultsCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(ResultsCsv.field(new BigDecimal("-1.50"))).isEqualTo("-1.50");
		assertThat(ResultsCsv.field(-2)).isEqualTo("-2");
		assertThat(ResultsCsv.field(null)).isEmpty();
	}

	@Test
	void csvRowsHaveAValueForEveryColumnAndNeutralisedText() {
		ResultRow row = new ResultRow(1, 2025, 1, 2, "=Nhóm", 3, "X-1", "Sở, ngành", null, 0, BigDecimal.ONE,
				BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("-0.50"), BigDecimal.TEN, null, null, null,
				"NO_PREVIOUS", null, null, null);
		assertThat(row.values()).hasSameSizeAs(ResultRow.COLUMNS);
		String csv = new String(ResultsCsv.write(List.of(row)), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFpublicationId,year,")
			.endsWith("\r\n1,2025,1,2,'=Nhóm,3,X-1,\"Sở, ngành\",,0,1,10,0,-0.50,10,,,,NO_PREVIOUS,,,\r\n");
	}

	@Test
	void etagsMatchWeaklyAndInLists() {
		assertThat(ETags.matches("W/\"abc-vi\"", "W/\"abc-vi\"")).isTrue();
		assertThat(ETags.matches("\"x\", \"abc\"", "\"abc\"")).isTrue();
		assertThat(ETags.matches("*", "\"abc\"")).isTrue();
		assertThat(ETags.matches("\"abc-en\"", "W/\"abc-vi\"")).isFalse();
		assertThat(ETags.matches(null, "\"abc\"")).isFalse();
	}

}
