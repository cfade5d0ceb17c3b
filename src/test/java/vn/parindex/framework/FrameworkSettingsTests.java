package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkSettingsTests {

	static final FrameworkSettings SETTINGS = new FrameworkSettings(new BigDecimal("100"), null, null,
			new BigDecimal("3"), new BigDecimal("3"), BonusStage.AFTER_PERCENT, true, 2, List.of());

	@ParameterizedTest(name = "bonus {0}, penalty {1} → {2}")
	@CsvSource({ "0, 0, 0.00", "2, 0, 2.00", "3, 0, 3.00", "4.5, 0, 3.00", "0, -1, -1.00", "0, -3, -3.00",
			"0, -5, -3.00", "5, -5, 0.00", "1.5, -0.25, 1.25" })
	void bonusAndPenaltyAreCappedPerFramework(String bonus, String penalty, String total) {
		assertThat(SETTINGS.bonusAndPenalty(new BigDecimal(bonus), new BigDecimal(penalty)))
			.isEqualTo(new BigDecimal(total));
	}

	@Test
	void guidanceIsMarkdownWithHtmlEscaped() {
		Guidance guidance = new Guidance();
		assertThat(guidance.html("Tính **tỷ lệ** hồ sơ:\n\n- đúng hạn\n- trước hạn")).isEqualTo(
				"<p>Tính <strong>tỷ lệ</strong> hồ sơ:</p>\n<ul>\n<li>đúng hạn</li>\n<li>trước hạn</li>\n</ul>\n");
		assertThat(guidance.html("<script>alert(1)</script>")).doesNotContain("<script").contains("&lt;script&gt;");
		assertThat(guidance.html("Xem [hướng dẫn](javascript:alert) và [QĐ 1396](https://dongthap.gov.vn/qd)"))
			.doesNotContain("javascript")
			.contains("<a rel=\"nofollow\" href=\"https://dongthap.gov.vn/qd\">QĐ 1396</a>");
		assertThat(guidance.html(null)).isEmpty();
	}

}
