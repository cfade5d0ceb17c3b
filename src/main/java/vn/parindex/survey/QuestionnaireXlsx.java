package vn.parindex.survey;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The Excel layout of a questionnaire: two sheets with Vietnamese names and headers.
 * <p>
 * "Phiếu" holds the questionnaire's own fields as label and value rows (Mục, Giá trị, Ghi
 * chú): Mã phiếu, Phiên bản, Tên phiếu, Tên tiếng Anh, Đối tượng trả lời and Công thức
 * chỉ số ({@code SATISFIED_SHARE} or {@code MEAN_SCALED}).
 * <p>
 * "Câu hỏi" holds the factors, questions and options in order, one row per question or
 * option. A factor's code and name are written on its first row; a row whose factor code
 * is blank (or the same) stays in the factor above. A question's code, text and type
 * ({@code SCALE}, {@code WEIGHTED} or {@code CHOICES}) are written on its first row,
 * together with its first option; each further option takes a row of its own with the
 * factor and question columns blank (or the question's code repeated). Weights (0–100%)
 * are given for the options of weighted questions only.
 * <p>
 * Reading names every bad cell ({@code Câu hỏi!E7}) and rejects the whole file; a written
 * workbook reads back to the same questionnaire.
 */
final class QuestionnaireXlsx {

	static final String FORM = "Phiếu";

	static final String QUESTIONS = "Câu hỏi";

	static final List<String> SHEETS = List.of(FORM, QUESTIONS);

	static final String LABEL = "Mục";

	static final String VALUE = "Giá trị";

	static final String NOTE = "Ghi chú";

	static final List<String> FORM_HEADERS = List.of(LABEL, VALUE, NOTE);

	static final String CODE = "Mã phiếu";

	static final String VERSION = "Phiên bản";

	static final String NAME = "Tên phiếu";

	static final String NAME_EN = "Tên tiếng Anh";

	static final String RESPONDENTS = "Đối tượng trả lời";

	static final String FORMULA = "Công thức chỉ số";

	/** The labels of the "Phiếu" rows, in order. */
	static final List<String> LABELS = List.of(CODE, VERSION, NAME, NAME_EN, RESPONDENTS, FORMULA);

	static final String FACTOR_CODE = "Mã yếu tố";

	static final String FACTOR_NAME = "Tên yếu tố";

	static final String QUESTION_CODE = "Mã câu hỏi";

	static final String QUESTION_TEXT = "Nội dung câu hỏi";

	static final String TYPE = "Loại";

	static final String OPTION_CODE = "Mã phương án";

	static final String OPTION_TEXT = "Nội dung phương án";

	static final String WEIGHT = "Trọng số (%)";

	static final List<String> QUESTION_HEADERS = List.of(FACTOR_CODE, FACTOR_NAME, QUESTION_CODE, QUESTION_TEXT, TYPE,
			OPTION_CODE, OPTION_TEXT, WEIGHT);

	/** The columns of an option; a row with only these is a further option. */
	static final List<String> OPTION_COLUMNS = List.of(OPTION_CODE, OPTION_TEXT, WEIGHT);

	private QuestionnaireXlsx() {
	}

	static List<String> headers(String sheet) {
		return FORM.equals(sheet) ? FORM_HEADERS : QUESTION_HEADERS;
	}

	static void write(Questionnaire questionnaire, OutputStream out) {
		QuestionnaireXlsxWriter.write(questionnaire, out);
	}

	/** The layout with its labels and headers and no questionnaire in it. */
	static void template(OutputStream out) {
		QuestionnaireXlsxWriter.write(null, out);
	}

	/**
	 * The questionnaire in the workbook.
	 * @throws vn.parindex.shared.xlsx.ImportRejectedException listing every bad cell,
	 * each as {@code Câu hỏi!E7}
	 */
	static Questionnaire read(InputStream in) {
		return QuestionnaireXlsxReader.read(in);
	}

}
