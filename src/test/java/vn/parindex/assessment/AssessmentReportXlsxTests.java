package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentReportXlsxTests {

	private final AssessmentReportXlsx xlsx = new AssessmentReportXlsx(ReportFixtures.messages());

	@Test
	void writesTheReportAsOneVietnameseSheet() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.VIETNAMESE)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			XSSFSheet sheet = workbook.getSheet("Tự đánh giá");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("BÁO CÁO TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025");
			assertThat(fact(sheet, "Đơn vị").getStringCellValue()).isEqualTo(ReportFixtures.UNIT + " (SKHCN-2025)");
			assertThat(fact(sheet, "Trạng thái").getStringCellValue()).isEqualTo("Đã nộp");
			assertThat(fact(sheet, "Nộp báo cáo").getStringCellValue())
				.isEqualTo("Ngày 15/01/2026 10:30, người nộp: Nguyễn Thị Hồng Nhung");
		}
	}

	@Test
	void pointsAndPercentAreNumberCells() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.VIETNAMESE)) {
			Sheet sheet = workbook.getSheetAt(0);
			Cell percent = fact(sheet, "Tỷ lệ đạt");
			assertThat(percent.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(percent.getNumericCellValue()).isEqualTo(93.75);
			assertThat(percent.getCellStyle().getDataFormatString()).isEqualTo("0.00\"%\"");
			Row leaf = row(sheet, "1.1.1");
			assertThat(leaf.getCell(2).getNumericCellValue()).isEqualTo(8.0);
			assertThat(leaf.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(leaf.getCell(3).getNumericCellValue()).isEqualTo(7.5);
			assertThat(leaf.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
			assertThat(leaf.getCell(6).getStringCellValue()).startsWith(ReportFixtures.EVIDENCE + "\n")
				.contains("bao-cao-6-thang.pdf");
		}
	}

	@Test
	void notApplicableLeavesShowTheReasonAndNoScore() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.VIETNAMESE)) {
			Row leaf = row(workbook.getSheetAt(0), "1.1.2");
			assertThat(leaf.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(leaf.getCell(5).getStringCellValue()).isEqualTo("Không áp dụng: " + ReportFixtures.NA_REASON);
		}
	}

	@Test
	void parentsAreBoldAndTheTableIsFrozenAndFiltered() throws IOException {
		try (XSSFWorkbook workbook = write(ReportFixtures.VIETNAMESE)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int header = row(sheet, "Mã").getRowNum();
			assertThat(workbook.getFontAt(row(sheet, "1.1").getCell(1).getCellStyle().getFontIndex()).getBold())
				.isTrue();
			assertThat(workbook.getFontAt(row(sheet, "1.1.1").getCell(1).getCellStyle().getFontIndex()).getBold())
				.isFalse();
			assertThat(row(sheet, "1.1.1").getCell(1).getCellStyle().getIndention()).isEqualTo((short) 2);
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
				.isEqualTo("A" + (header + 1) + ":G" + (header + 5));
		}
	}

	@Test
	void labelsFollowTheLocale() throws IOException {
		try (XSSFWorkbook workbook = write(Locale.ENGLISH)) {
			Sheet sheet = workbook.getSheet("Self-assessment");
			assertThat(sheet).isNotNull();
			assertThat(fact(sheet, "Status").getStringCellValue()).isEqualTo("Submitted");
			assertThat(row(sheet, "1.1.2").getCell(5).getStringCellValue()).startsWith("Not applicable: ");
		}
	}

	private XSSFWorkbook write(Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.xlsx.write(ReportFixtures.report(), locale, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	private static Cell fact(Sheet sheet, String label) {
		return row(sheet, label).getCell(1);
	}

	private static Row row(Sheet sheet, String first) {
		return StreamSupport.stream(sheet.spliterator(), false)
			.filter((row) -> row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING)
			.filter((row) -> row.getCell(0).getStringCellValue().equals(first))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row starting with " + first));
	}

}
