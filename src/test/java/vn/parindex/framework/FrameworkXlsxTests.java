package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import vn.parindex.framework.rule.Num;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class FrameworkXlsxTests {

	@Test
	void writtenWorkbooksReadBackToTheSameFramework() throws IOException {
		for (String name : new String[] { "department", "commune" }) {
			FrameworkDefinition framework = FrameworkYamlTests.demo(name, 2025);
			FrameworkDefinition again = FrameworkXlsx.read(new ByteArrayInputStream(xlsx(framework)));
			assertThat(again).isEqualTo(framework);
		}
	}

	@Test
	void writesFiveVietnameseSheetsWithNumberCells() throws IOException {
		try (Workbook workbook = workbook(xlsx(FrameworkYamlTests.demo("commune", 2025)))) {
			assertThat(workbook.sheetIterator()).toIterable()
				.extracting(Sheet::getSheetName)
				.containsExactly("Thông tin chung", "Tiêu chí", "Bậc điểm", "Điểm trừ", "Xếp loại");
			Sheet info = workbook.getSheet("Thông tin chung");
			assertThat(texts(info.getRow(1))).startsWith("Năm", "2025");
			assertThat(info.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(texts(info.getRow(2))).startsWith("Loại đơn vị", "WARD,COMMUNE");
			Sheet nodes = workbook.getSheet("Tiêu chí");
			assertThat(texts(nodes.getRow(0))).startsWith("Mã", "Mã cha", "Tên", "Tên tiếng Anh", "Hướng dẫn chấm điểm",
					"Điểm tối đa");
			assertThat(nodes.getPaneInformation().isFreezePane()).isTrue();
			assertThat(nodes.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
			Row leaf = row(nodes, "1.1.2");
			assertThat(texts(leaf)).containsSequence("1.1.2", "1.1").contains("tiered_ratio", "self_assessment");
			assertThat(leaf.getCell(5).getNumericCellValue()).isEqualTo(2.0);
			assertThat(leaf.getCell(10).getStringCellValue())
				.isEqualTo("metric=Tỷ lệ nhiệm vụ của kế hoạch hoàn thành (%); else_points=0");
			assertThat(row(nodes, "8.2").getCell(10).getStringCellValue())
				.isEqualTo("instrument=phieu_xa_01; result=mean_option_weight; option_weights=A:100,B:60,C:20,D:0");
			Row tier = row(workbook.getSheet("Bậc điểm"), "1.1.2");
			assertThat(texts(tier)).containsExactly("1.1.2", "100", "có", "", "không", "2");
			assertThat(tier.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(texts(row(workbook.getSheet("Điểm trừ"), "9.2"))).containsExactly("9.2", "late_self_assessment",
					"Nộp kết quả tự đánh giá trễ hạn", "-1", "không");
			Sheet bands = workbook.getSheet("Xếp loại");
			assertThat(texts(bands.getRow(1))).containsExactly("XUAT_SAC", "Xuất sắc", "Excellent", "90", "có");
			assertThat(bands.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void listsEveryBadCellOfEverySheetAtOnce() throws IOException {
		byte[] broken;
		int duplicateRow;
		int tierRow;
		try (Workbook workbook = workbook(xlsx(FrameworkYamlTests.demo("commune", 2025)))) {
			workbook.getSheet("Thông tin chung").getRow(2).getCell(1).setCellValue("WARD,PLANET");
			Sheet nodes = workbook.getSheet("Tiêu chí");
			assertThat(texts(nodes.getRow(3))).startsWith("1.1.1");
			nodes.getRow(3).getCell(5).setCellValue("abc");
			assertThat(texts(nodes.getRow(5))).startsWith("1.2");
			nodes.getRow(5).getCell(9).setCellValue("magic");
			assertThat(texts(nodes.getRow(12))).startsWith("2.2");
			nodes.getRow(12).getCell(11).setCellValue("có lẽ");
			assertThat(texts(nodes.getRow(22))).startsWith("4", "");
			nodes.getRow(22).getCell(5).setCellValue(8);
			duplicateRow = append(nodes, "2.1", "2", "Trùng mã", "", "", 2) + 1;
			tierRow = append(workbook.getSheet("Bậc điểm"), "7.9.9", 0, "có", "", "không", 1) + 1;
			workbook.getSheet("Xếp loại").getRow(2).getCell(3).setCellValue("tám mươi");
			broken = bytes(workbook);
		}
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> FrameworkXlsx.read(new ByteArrayInputStream(broken)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ImportError::cell, ImportError::messageKey)
				.containsExactly(tuple("Thông tin chung!B3", "framework.import.value-unknown"),
						tuple("Tiêu chí!F4", "framework.import.not-a-number"),
						tuple("Tiêu chí!J6", "framework.import.value-unknown"),
						tuple("Tiêu chí!L13", "framework.xlsx.yes-no"),
						tuple("Tiêu chí!F23", "framework.validation.children-sum"),
						tuple("Tiêu chí!A" + duplicateRow, "import.duplicate-in-file"),
						tuple("Bậc điểm!A" + tierRow, "framework.xlsx.leaf-unknown"),
						tuple("Xếp loại!D3", "framework.import.not-a-number")))
			.satisfies((ex) -> assertThat(ex.errors()).filteredOn((error) -> error.cell().equals("Tiêu chí!F23"))
				.singleElement()
				.satisfies((error) -> assertThat(error.arguments()).containsExactly(new java.math.BigDecimal("7"),
						new java.math.BigDecimal("8"))));
	}

	@Test
	void placesRuleAndParameterFaultsOnTheLeafRow() throws IOException {
		byte[] broken;
		try (Workbook workbook = workbook(xlsx(FrameworkYamlTests.demo("commune", 2025)))) {
			Sheet nodes = workbook.getSheet("Tiêu chí");
			row(nodes, "1.2").createCell(10).setCellValue("per_event=0.25; colour=red");
			row(nodes, "1.4").createCell(10).setCellValue("just text");
			row(nodes, "3.7").createCell(10).setCellValue("base=0");
			Row tier = row(workbook.getSheet("Bậc điểm"), "1.1.2");
			tier.getCell(5).setCellValue(5);
			broken = bytes(workbook);
		}
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> FrameworkXlsx.read(new ByteArrayInputStream(broken)))
			.satisfies(
					(ex) -> assertThat(ex.errors())
						.extracting(ImportError::cell, ImportError::messageKey, (error) -> List.of(error.arguments()))
						.containsExactly(
								tuple("Tiêu chí!K5", "framework.validation.tier-above-max",
										List.of("100 ≤ x", new java.math.BigDecimal("5"),
												new java.math.BigDecimal("2"))),
								tuple("Tiêu chí!K6", "framework.params.unknown", List.of("colour", "deduction")),
								tuple("Tiêu chí!K8", "framework.xlsx.params-text", List.of("just text")),
								tuple("Tiêu chí!K22", "framework.validation.not-positive", List.of("base"))));
	}

	@Test
	void rejectsAFileThatIsNotAWorkbookOrLacksASheetOrAHeader() throws IOException {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> FrameworkXlsx.read(new ByteArrayInputStream("framework: {}".getBytes())))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ImportError::messageKey)
				.containsExactly("import.not-xlsx"));
		byte[] broken;
		try (Workbook workbook = workbook(xlsx(FrameworkYamlTests.demo("commune", 2025)))) {
			workbook.removeSheetAt(workbook.getSheetIndex("Điểm trừ"));
			workbook.getSheet("Tiêu chí").getRow(0).getCell(2).setCellValue("Tên gọi");
			broken = bytes(workbook);
		}
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> FrameworkXlsx.read(new ByteArrayInputStream(broken)))
			.satisfies((ex) -> assertThat(ex.errors())
				.extracting(ImportError::cell, ImportError::messageKey, (error) -> List.of(error.arguments()))
				.containsExactly(Tuple.tuple("Tiêu chí!C1", "import.header-expected", List.of("Tên", "Tên gọi")),
						Tuple.tuple("Điểm trừ!A1", "framework.xlsx.sheet-missing", List.of("Điểm trừ"))));
	}

	@Test
	void parameterTextQuotesWhatWouldBreakIt() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("metric", "Tỷ lệ; \"đúng hạn\" ");
		params.put("base", Num.of("100.0"));
		params.put("target", Num.of("80"));
		String text = RuleParamsText.format(params);
		assertThat(text).isEqualTo("metric=\"Tỷ lệ; \"\"đúng hạn\"\" \"; base=100; target=80");
		assertThat(Rule.of(RuleType.PROPORTIONAL, RuleParamsText.parse(text)))
			.isEqualTo(Rule.of(RuleType.PROPORTIONAL, params));
		assertThat(RuleParamsText.parse(" option_weights = A:100, B:60 ;")).containsEntry("option_weights",
				Map.of("A", "100", "B", "60"));
		for (String bad : new String[] { "base", "=1", "metric=\"open", "option_weights=A100" }) {
			assertThatExceptionOfType(IllegalArgumentException.class).as(bad)
				.isThrownBy(() -> RuleParamsText.parse(bad));
		}
	}

	static byte[] xlsx(FrameworkDefinition framework) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FrameworkXlsx.write(framework, out);
		return out.toByteArray();
	}

	private static Workbook workbook(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/** The first row whose first cell is {@code code}. */
	static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).toString().equals(code)) {
				return row;
			}
		}
		throw new AssertionError(sheet.getSheetName() + " has no row " + code);
	}

	/** The cells as text, numbers plain ({@code 2} not {@code 2.0}), blanks empty. */
	static List<String> texts(Row row) {
		List<String> texts = new java.util.ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			var cell = row.getCell(c);
			texts.add((cell == null) ? "" : (cell.getCellType() == CellType.NUMERIC)
					? Num.text(java.math.BigDecimal.valueOf(cell.getNumericCellValue())) : cell.getStringCellValue());
		}
		return texts;
	}

	/** Appends a row; returns its zero-based index. */
	private static int append(Sheet sheet, Object... values) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		for (int c = 0; c < values.length; c++) {
			if (values[c] instanceof Integer number) {
				row.createCell(c).setCellValue(number);
			}
			else {
				row.createCell(c).setCellValue(values[c].toString());
			}
		}
		return row.getRowNum();
	}

}
