package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Questionnaires as workbooks: every demo questionnaire and a weighted form write and
 * read back to the same questionnaire; the layout is a question row carrying its first
 * option and a row per further option; every bad cell is named as {@code Câu hỏi!E7}.
 */
class QuestionnaireXlsxTests {

	static final String WEIGHTED = """
			questionnaire:
			  code: XHH-XLSX
			  version: 3
			  name_vi: "Phiếu đại biểu HĐND đánh giá các sở"
			  respondents: "Đại biểu HĐND, Ủy ban MTTQ"
			  formula: mean_scaled
			  factors:
			    - code: CT
			      name_vi: "Chất lượng tham mưu"
			      questions:
			        - code: CT1
			          type: weighted
			          text_vi: "Chất lượng văn bản tham mưu"
			          options:
			            - {code: A, text_vi: "Tốt", weight: 100}
			            - {code: B, text_vi: "Khá", weight: 60}
			            - {code: C, text_vi: "Trung bình", weight: 20.5}
			            - {code: D, text_vi: "Kém", weight: 0}
			        - {code: CT2, text_vi: "Mức hài lòng chung"}
			    - code: KN
			      name_vi: "Kiến nghị"
			      questions:
			        - code: "1"
			          type: choices
			          text_vi: "Lĩnh vực cần ưu tiên"
			          options:
			            - {code: "1", text_vi: "Thể chế"}
			            - {code: "2", text_vi: "Thủ tục hành chính"}
			""";

	@ParameterizedTest
	@ValueSource(strings = { "demo/questionnaire-sipas-2017.yaml", "demo/questionnaire-sipas-2023.yaml",
			"demo/questionnaire-phieu-02.yaml" })
	void everyDemoQuestionnaireReadsBackTheSame(String resource) throws IOException {
		Questionnaire questionnaire;
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			questionnaire = QuestionnaireYaml.read(in);
		}
		assertThat(read(write(questionnaire))).isEqualTo(questionnaire);
	}

	@Test
	void aWeightedFormKeepsItsWeightsVersionAndFormula() throws IOException {
		Questionnaire form = QuestionnaireYaml
			.read(new ByteArrayInputStream(WEIGHTED.getBytes(StandardCharsets.UTF_8)));
		byte[] xlsx = write(form);
		Questionnaire back = read(xlsx);
		assertThat(back).isEqualTo(form);
		assertThat(back.version()).isEqualTo(3);
		assertThat(back.formula()).isEqualTo(IndexFormula.MEAN_SCALED);
		assertThat(back.question("CT1").orElseThrow().options()).extracting(Questionnaire.Option::weight)
			.containsExactly(new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("20.5"), BigDecimal.ZERO);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet questions = workbook.getSheet("Câu hỏi");
			assertThat(text(questions, 1)).containsExactly("CT", "Chất lượng tham mưu", "CT1",
					"Chất lượng văn bản tham mưu", "WEIGHTED", "A", "Tốt", "100");
			assertThat(text(questions, 2)).containsExactly("", "", "", "", "", "B", "Khá", "60");
			assertThat(text(questions, 5)).containsExactly("", "", "CT2", "Mức hài lòng chung", "SCALE", "", "", "");
			assertThat(questions.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(0.0);
			assertThat(workbook.getSheet("Phiếu").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
		}
	}

	@Test
	void rowsMayRepeatTheFactorAndQuestionAndWeightsMayBeText() throws IOException {
		Questionnaire form = QuestionnaireYaml
			.read(new ByteArrayInputStream(WEIGHTED.getBytes(StandardCharsets.UTF_8)));
		byte[] changed = change(write(form), (workbook) -> {
			Sheet questions = workbook.getSheet("Câu hỏi");
			questions.getRow(2).createCell(0).setCellValue("CT");
			questions.getRow(2).createCell(2).setCellValue("CT1");
			questions.getRow(2).createCell(7).setCellValue("60%");
			questions.getRow(3).createCell(7).setCellValue("20,5");
			workbook.getSheet("Phiếu").getRow(6).getCell(1).setCellValue("mean_scaled");
		});
		assertThat(read(changed)).isEqualTo(form);
	}

	@Test
	void everyBadCellIsNamed() throws IOException {
		Questionnaire form = QuestionnaireYaml
			.read(new ByteArrayInputStream(WEIGHTED.getBytes(StandardCharsets.UTF_8)));
		byte[] bad = change(write(form), (workbook) -> {
			Sheet sheet = workbook.getSheet("Phiếu");
			sheet.getRow(3).getCell(1).setCellValue(" ");
			sheet.getRow(6).getCell(1).setCellValue("MEDIAN");
			Sheet questions = workbook.getSheet("Câu hỏi");
			questions.getRow(2).getCell(7).setCellValue(120);
			questions.getRow(4).getCell(7).setCellValue("nhiều");
			questions.getRow(5).getCell(3).setCellValue("");
			questions.getRow(5).createCell(5).setCellValue("A");
			questions.getRow(5).createCell(6).setCellValue("Có");
			questions.getRow(6).getCell(2).setCellValue("CT1");
			questions.getRow(6).getCell(4).setCellValue("SLIDER");
			questions.getRow(7).getCell(5).setCellValue("1");
		});
		assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(ImportRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(ImportError::cell, ImportError::messageKey)
					.containsExactly(tuple("Phiếu!B4", "import.required"),
							tuple("Phiếu!B7", "survey.yaml.formula-unknown"),
							tuple("Câu hỏi!H3", "survey.yaml.weight-range"),
							tuple("Câu hỏi!H5", "survey.yaml.weight-range"), tuple("Câu hỏi!D6", "import.required"),
							tuple("Câu hỏi!E6", "survey.yaml.scale-options"),
							tuple("Câu hỏi!C7", "survey.yaml.code-twice"),
							tuple("Câu hỏi!E7", "survey.yaml.type-unknown"),
							tuple("Câu hỏi!F8", "survey.xlsx.option-twice")));
	}

	@Test
	void weightsOutsideTheRangeMissingOrUnexpectedAndOptionsMissingAreNamed() throws IOException {
		Questionnaire form = QuestionnaireYaml
			.read(new ByteArrayInputStream(WEIGHTED.getBytes(StandardCharsets.UTF_8)));
		byte[] bad = change(write(form), (workbook) -> {
			Sheet questions = workbook.getSheet("Câu hỏi");
			questions.getRow(2).getCell(7).setCellValue(-1);
			questions.getRow(3).getCell(7).setCellValue(100.5);
			questions.getRow(4).removeCell(questions.getRow(4).getCell(7));
			questions.getRow(5).getCell(4).setCellValue("choices");
			questions.getRow(7).createCell(7).setCellValue(5);
		});
		assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(ImportRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(ImportError::cell, ImportError::messageKey)
					.containsExactly(tuple("Câu hỏi!H3", "survey.yaml.weight-range"),
							tuple("Câu hỏi!H4", "survey.yaml.weight-range"), tuple("Câu hỏi!H5", "import.required"),
							tuple("Câu hỏi!F6", "survey.yaml.options-missing"),
							tuple("Câu hỏi!H8", "survey.xlsx.weight-unexpected")));
	}

	@Test
	void aWorkbookWithoutTheSheetsOrTheQuestionsIsRejected() throws IOException {
		ByteArrayOutputStream template = new ByteArrayOutputStream();
		QuestionnaireXlsx.template(template);
		assertThatThrownBy(() -> read(template.toByteArray())).isInstanceOfSatisfying(ImportRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(ImportError::cell, ImportError::messageKey)
					.containsExactly(tuple("Phiếu!B2", "import.required"), tuple("Phiếu!B4", "import.required"),
							tuple("Phiếu!B6", "import.required"), tuple("Câu hỏi!A2", "survey.yaml.factors-missing")));
		byte[] wrong = change(template.toByteArray(), (workbook) -> {
			workbook.setSheetName(0, "Sheet1");
			workbook.getSheet("Câu hỏi").getRow(0).getCell(4).setCellValue("Kiểu");
		});
		assertThatThrownBy(() -> read(wrong)).isInstanceOfSatisfying(ImportRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(ImportError::cell, ImportError::messageKey)
					.containsExactly(tuple("Phiếu!A1", "survey.xlsx.sheet-missing"),
							tuple("Câu hỏi!E1", "import.header-expected")));
		assertThatThrownBy(() -> read("not a workbook".getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(
				ImportRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(ImportError::messageKey).containsExactly("import.not-xlsx"));
	}

	static byte[] write(Questionnaire questionnaire) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		QuestionnaireXlsx.write(questionnaire, out);
		return out.toByteArray();
	}

	private static Questionnaire read(byte[] xlsx) {
		return QuestionnaireXlsx.read(new ByteArrayInputStream(xlsx));
	}

	private static byte[] change(byte[] xlsx, Consumer<Workbook> change) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			change.accept(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> text(Sheet sheet, int row) {
		org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
		return java.util.stream.IntStream.range(0, 8)
			.mapToObj((c) -> (sheet.getRow(row).getCell(c) != null)
					? formatter.formatCellValue(sheet.getRow(row).getCell(c)) : "")
			.toList();
	}

}
