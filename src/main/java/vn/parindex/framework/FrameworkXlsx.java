package vn.parindex.framework;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The Excel layout of a framework: five sheets with Vietnamese names and headers. The
 * general information as label and value rows; the tree one node a row, with the rule's
 * parameters as {@code key=value; key=value}; the tiers, the penalty events and the bands
 * each in a sheet of their own. A written workbook reads back to the same framework.
 */
final class FrameworkXlsx {

	static final String INFO = "Thông tin chung";

	static final String NODES = "Tiêu chí";

	static final String TIERS = "Bậc điểm";

	static final String EVENTS = "Điểm trừ";

	static final String BANDS = "Xếp loại";

	static final List<String> SHEETS = List.of(INFO, NODES, TIERS, EVENTS, BANDS);

	static final String LABEL = "Mục";

	static final String VALUE = "Giá trị";

	static final List<String> INFO_HEADERS = List.of(LABEL, VALUE, "Ghi chú");

	static final String YEAR = "Năm";

	static final String UNIT_TYPES = "Loại đơn vị";

	static final String NAME = "Tên";

	static final String NAME_EN = "Tên tiếng Anh";

	static final String ILLUSTRATIVE = "Minh họa";

	static final String SCALE = "Thang điểm";

	static final String SELF_TOTAL = "Tổng tự đánh giá";

	static final String SURVEY_TOTAL = "Tổng điều tra";

	static final String BONUS_CAP = "Điểm thưởng tối đa";

	static final String PENALTY_CAP = "Điểm trừ tối đa";

	static final String STAGE = "Áp dụng thưởng/trừ";

	static final String CAP_AT_SCALE = "Giới hạn ở thang điểm";

	static final String DECIMALS = "Số chữ số thập phân";

	static final String TIE_BREAK = "Thứ tự phân hạng khi bằng điểm";

	/** The labels of the "Thông tin chung" rows, in order. */
	static final List<String> INFO_LABELS = List.of(YEAR, UNIT_TYPES, NAME, NAME_EN, ILLUSTRATIVE, SCALE, SELF_TOTAL,
			SURVEY_TOTAL, BONUS_CAP, PENALTY_CAP, STAGE, CAP_AT_SCALE, DECIMALS, TIE_BREAK);

	static final String CODE = "Mã";

	static final String PARENT = "Mã cha";

	static final String GUIDANCE = "Hướng dẫn chấm điểm";

	static final String MAX = "Điểm tối đa";

	static final String OUTSIDE = "Ngoài thang điểm";

	static final String APPRAISER = "Cơ quan thẩm định";

	static final String SOURCE = "Nguồn";

	static final String RULE = "Quy tắc";

	static final String PARAMS = "Tham số";

	static final String EVIDENCE = "Bắt buộc TLKC";

	static final String NA_ALLOWED = "Cho phép N/A";

	static final String NA_CONDITION = "Điều kiện N/A";

	static final String APPLIES_TO = "Áp dụng cho loại đơn vị";

	static final String DATA_FEED = "Nguồn dữ liệu";

	static final List<String> NODE_HEADERS = List.of(CODE, PARENT, NAME, NAME_EN, GUIDANCE, MAX, OUTSIDE, APPRAISER,
			SOURCE, RULE, PARAMS, EVIDENCE, NA_ALLOWED, NA_CONDITION, APPLIES_TO, DATA_FEED);

	static final String NODE_CODE = "Mã tiêu chí";

	static final String FROM = "Từ";

	static final String FROM_INCLUSIVE = "Bao gồm cận dưới";

	static final String TO = "Đến";

	static final String TO_INCLUSIVE = "Bao gồm cận trên";

	static final String POINTS = "Điểm";

	static final List<String> TIER_HEADERS = List.of(NODE_CODE, FROM, FROM_INCLUSIVE, TO, TO_INCLUSIVE, POINTS);

	static final String EVENT_CODE = "Mã vi phạm";

	static final String EVENT_NAME = "Tên vi phạm";

	static final String PER_CASE = "Tính theo từng lần";

	static final List<String> EVENT_HEADERS = List.of(NODE_CODE, EVENT_CODE, EVENT_NAME, POINTS, PER_CASE);

	static final String LOWER = "Cận dưới (%)";

	static final List<String> BAND_HEADERS = List.of(CODE, NAME, NAME_EN, LOWER, FROM_INCLUSIVE);

	static final String YES = "có";

	static final String NO = "không";

	private FrameworkXlsx() {
	}

	static List<String> headers(String sheet) {
		return switch (sheet) {
			case INFO -> INFO_HEADERS;
			case NODES -> NODE_HEADERS;
			case TIERS -> TIER_HEADERS;
			case EVENTS -> EVENT_HEADERS;
			default -> BAND_HEADERS;
		};
	}

	static void write(FrameworkDefinition definition, OutputStream out) {
		FrameworkXlsxWriter.write(definition, out);
	}

	/**
	 * The framework in the workbook.
	 * @throws vn.parindex.shared.xlsx.ImportRejectedException listing every bad cell,
	 * each as {@code Tiêu chí!F7}
	 */
	static FrameworkDefinition read(InputStream in) {
		return FrameworkXlsxReader.read(in);
	}

}
