package vn.parindex.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	@Test
	void writesPercentWithDecimalComma() {
		assertThat(Formats.percent(new BigDecimal("89.85"))).isEqualTo("89,85%"); // seed
																					// A3
	}

	@Test
	void roundsHalfUpToTwoDecimals() {
		assertThat(Formats.percent(new BigDecimal("83.455"))).isEqualTo("83,46%");
		assertThat(Formats.number(new BigDecimal("0.125"), 2)).isEqualTo("0,13");
	}

	@Test
	void groupsThousandsWithDots() {
		assertThat(Formats.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
		assertThat(Formats.number(new BigDecimal("12000"))).isEqualTo("12.000");
	}

	@Test
	void writesNegativeDeltas() {
		assertThat(Formats.number(new BigDecimal("-1.92"), 2)).isEqualTo("-1,92"); // seed
																					// A5
	}

	@Test
	void writesDatesDayFirst() {
		assertThat(Formats.date(LocalDate.of(2024, 1, 31))).isEqualTo("31/01/2024");
	}

	@Test
	void writesTimesInTheProvincesZone() {
		assertThat(Formats.dateTime(Instant.parse("2024-01-31T07:05:00Z"))).isEqualTo("31/01/2024 14:05");
	}

	@Test
	void leavesMissingValuesEmpty() {
		assertThat(Formats.percent(null)).isEmpty();
		assertThat(Formats.date(null)).isEmpty();
	}

}
