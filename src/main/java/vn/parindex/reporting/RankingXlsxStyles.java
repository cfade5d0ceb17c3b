package vn.parindex.reporting;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the ranking workbook, made once per workbook. Number formats use
 * Excel's neutral codes ({@code 0.00}), which Excel shows with the reader's decimal
 * comma.
 */
final class RankingXlsxStyles {

	static final String POINTS_FORMAT = "0.00";

	static final String CHANGE_FORMAT = "+0.00;-0.00;0.00";

	static final String RANK_FORMAT = "0";

	static final String PLACES_FORMAT = "+0;-0;0";

	private final Workbook workbook;

	final CellStyle title;

	final CellStyle label;

	final CellStyle header;

	final CellStyle text;

	final CellStyle points;

	final CellStyle change;

	final CellStyle rank;

	final CellStyle places;

	RankingXlsxStyles(Workbook workbook) {
		this.workbook = workbook;
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 14);
		this.title = workbook.createCellStyle();
		this.title.setFont(large);
		this.label = workbook.createCellStyle();
		this.label.setFont(bold);
		this.header = bordered(null);
		this.header.setFont(bold);
		this.header.setWrapText(true);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.text = bordered(null);
		this.points = bordered(POINTS_FORMAT);
		this.change = bordered(CHANGE_FORMAT);
		this.rank = bordered(RANK_FORMAT);
		this.places = bordered(PLACES_FORMAT);
	}

	private CellStyle bordered(@org.jspecify.annotations.Nullable String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (format != null) {
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

}
