package vn.parindex.assessment;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the self-assessment report sheet: one instance per workbook, line
 * styles made once per kind, row type and level.
 */
final class AssessmentReportXlsxStyles {

	/** What a table cell holds. */
	enum Kind {

		TEXT, NAME, POINTS

	}

	static final String POINTS_FORMAT = "0.00";

	static final String PERCENT_FORMAT = "0.00\"%\"";

	private final XSSFWorkbook workbook;

	private final Font bold;

	private final Map<String, CellStyle> lines = new HashMap<>();

	final CellStyle title;

	final CellStyle label;

	final CellStyle header;

	final CellStyle points;

	final CellStyle percent;

	AssessmentReportXlsxStyles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.bold = workbook.createFont();
		this.bold.setBold(true);
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		this.title = workbook.createCellStyle();
		this.title.setFont(large);
		this.label = workbook.createCellStyle();
		this.label.setFont(this.bold);
		this.header = bordered(true);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.points = numeric(POINTS_FORMAT);
		this.percent = numeric(PERCENT_FORMAT);
	}

	/** The style of a table cell: parents bold on a light background, names indented. */
	CellStyle line(Kind kind, boolean parent, int level) {
		String key = kind + "/" + parent + "/" + ((kind == Kind.NAME) ? level : 0);
		return this.lines.computeIfAbsent(key, (k) -> {
			CellStyle style = bordered(parent);
			if (parent) {
				style.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			if (kind == Kind.NAME) {
				style.setIndention((short) Math.max(0, level - 1));
			}
			if (kind == Kind.POINTS) {
				style.setDataFormat(this.workbook.createDataFormat().getFormat(POINTS_FORMAT));
			}
			return style;
		});
	}

	private CellStyle bordered(boolean boldFont) {
		CellStyle style = this.workbook.createCellStyle();
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (boldFont) {
			style.setFont(this.bold);
		}
		return style;
	}

	private CellStyle numeric(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

}
