package vn.parindex.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.parindex.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-assessment report as PDF, through the real template engine, messages and
 * {@code @fmt}: Vietnamese text survives with its diacritics in embedded DejaVu fonts.
 */
@IntegrationTest
class AssessmentReportPdfIntegrationTests {

	@Autowired
	AssessmentReportPdf pdf;

	@Test
	void printsTheVietnameseReportWithFormattedNumbers() throws IOException {
		String text = text(ReportFixtures.VIETNAMESE);
		assertThat(text).contains("BÁO CÁO TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025")
			.contains(ReportFixtures.UNIT)
			.contains("Bộ tiêu chí Chỉ số CCHC cấp sở năm 2025")
			.contains("Đã nộp")
			.contains("Ngày 15/01/2026 10:30, người nộp: Nguyễn Thị Hồng Nhung")
			.contains("7,50 / 8,00 (93,75%)")
			.contains("Mức độ hoàn thành kế hoạch cải cách hành chính")
			.contains("Tử số 45; Mẫu số 48")
			.contains("Không áp dụng: " + ReportFixtures.NA_REASON)
			.contains("Kế hoạch số 12/KH-SKHCN ngày 15/01/2025")
			.contains("Báo cáo số 45/BC-SKHCN")
			.contains("Báo cáo lập lúc: 20/01/2026 15:05")
			.contains("Trang 1/1");
	}

	@Test
	void embedsTheDejaVuFonts() throws IOException {
		try (PDDocument document = Loader.loadPDF(render(ReportFixtures.VIETNAMESE))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVuSans");
			});
			assertThat(fonts).anySatisfy((font) -> assertThat(font.getName()).endsWith("DejaVuSans-Bold"));
		}
	}

	@Test
	void labelsFollowTheLocale() throws IOException {
		assertThat(text(Locale.ENGLISH)).contains("SELF-ASSESSMENT REPORT")
			.contains("Not applicable:")
			.contains("Page 1/1")
			.contains("Status Submitted")
			.doesNotContain("Trạng thái");
	}

	private String text(Locale locale) throws IOException {
		try (PDDocument document = Loader.loadPDF(render(locale))) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private byte[] render(Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.pdf.write(ReportFixtures.report(), locale, out);
		return out.toByteArray();
	}

}
