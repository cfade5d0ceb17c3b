package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A small self-assessment report: one field, one criterion, a scored leaf and a leaf
 * claimed not applicable, with Vietnamese names and evidence lines.
 */
final class ReportFixtures {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final String UNIT = "Sở Khoa học và Công nghệ";

	static final String NA_REASON = "Năm 2025 đơn vị không có thủ tục hành chính phát sinh hồ sơ";

	static final String EVIDENCE = "Kế hoạch số 12/KH-SKHCN ngày 15/01/2025 của Sở Khoa học và Công nghệ"
			+ " (ke-hoach-cchc-2025.pdf)";

	private ReportFixtures() {
	}

	/** Self total 7,50 of an applicable 8,00: 93,75%. */
	static AssessmentReport report() {
		return new AssessmentReport(UNIT, "SKHCN-2025", "Kỳ đánh giá năm 2025", 2025,
				"Bộ tiêu chí Chỉ số CCHC cấp sở năm 2025", "assessment.status.SUBMITTED",
				Instant.parse("2026-01-15T03:30:00Z"), "Nguyễn Thị Hồng Nhung", new BigDecimal("7.50"),
				new BigDecimal("8.00"), new BigDecimal("93.75"), 2, 2, lines(), Instant.parse("2026-01-20T08:05:00Z"));
	}

	private static List<AssessmentReport.Line> lines() {
		return List.of(
				new AssessmentReport.Line("1", 1, "Công tác chỉ đạo, điều hành cải cách hành chính", false,
						new BigDecimal("10"), new BigDecimal("7.5"), "", false, null, null, List.of()),
				new AssessmentReport.Line("1.1", 2, "Kế hoạch cải cách hành chính năm", false, new BigDecimal("10"),
						new BigDecimal("7.5"), "", false, null, null, List.of()),
				new AssessmentReport.Line("1.1.1", 3, "Mức độ hoàn thành kế hoạch cải cách hành chính", true,
						new BigDecimal("8"), new BigDecimal("7.5"), "Tử số 45; Mẫu số 48", false, null,
						"Hoàn thành 45/48 nhiệm vụ; 3 nhiệm vụ chuyển sang năm sau do điều chỉnh kế hoạch của tỉnh.",
						List.of(EVIDENCE, "Báo cáo số 45/BC-SKHCN ngày 30/06/2025 (bao-cao-6-thang.pdf)")),
				new AssessmentReport.Line("1.1.2", 3, "Xử lý hồ sơ thủ tục hành chính trực tuyến", true,
						new BigDecimal("2"), null, "", true, NA_REASON, null, List.of()));
	}

	/** The application's message bundles, as Spring Boot configures them. */
	static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
