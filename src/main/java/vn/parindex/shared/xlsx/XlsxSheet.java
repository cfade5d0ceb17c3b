package vn.parindex.shared.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an xlsx whose first row holds the expected headers, and writes
 * empty templates with those headers. Dates are read as Excel displays them.
 */
public final class XlsxSheet {

	/**
	 * More rows than any province has units or users; a bigger file is a mistake or an
	 * attack.
	 */
	public static final int MAX_ROWS = 5_000;

	/** 10 MB: a sheet of every unit or user of a province is a few hundred kilobytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private XlsxSheet() {
	}

	/**
	 * The data rows, skipping blank ones. A file that is not an xlsx, or whose headers
	 * differ, is rejected with the headers' cells named.
	 */
	public static List<XlsxRow> read(InputStream in, List<String> headers) {
		return read(in, headers, MAX_ROWS);
	}

	/**
	 * As {@link #read(InputStream, List)} with another row limit, for sheets with a row
	 * per unit and criterion.
	 */
	public static List<XlsxRow> read(InputStream in, List<String> headers, int maxRows) {
		ZipSecureFile.setMinInflateRatio(0.01);
		try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(bounded(in)))) {
			Sheet sheet = workbook.getSheetAt(0);
			checkHeaders(sheet.getRow(sheet.getFirstRowNum()), headers);
			if (sheet.getLastRowNum() > maxRows) {
				throw new ImportRejectedException(
						List.of(new ImportError(maxRows + 1, "A" + (maxRows + 1), "import.too-many-rows", maxRows)));
			}
			DataFormatter formatter = new DataFormatter();
			List<XlsxRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Map<String, String> cells = new LinkedHashMap<>();
				boolean blank = true;
				for (int c = 0; c < headers.size(); c++) {
					Cell cell = (row != null) ? row.getCell(c) : null;
					String text = (cell != null) ? text(formatter, cell) : "";
					blank &= text.isEmpty();
					cells.put(headers.get(c), text);
				}
				if (!blank) {
					rows.add(new XlsxRow(r + 1, cells, headers));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejectedException rejected) {
				throw rejected;
			}
			throw new ImportRejectedException(List.of(new ImportError(1, "A1", "import.not-xlsx")));
		}
	}

	/**
	 * The whole file, or a rejection naming the limit when it is larger than
	 * {@link #MAX_BYTES}.
	 */
	private static byte[] bounded(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new ImportRejectedException(
					List.of(new ImportError(1, "A1", "import.too-large", MAX_BYTES / 1024 / 1024)));
		}
		return bytes;
	}

	/** Writes a one-sheet template: bold headers, then the example rows. */
	public static void template(String sheetName, List<String> headers, List<List<String>> examples, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < examples.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < examples.get(r).size(); c++) {
					row.createCell(c).setCellValue(examples.get(r).get(c));
				}
			}
			for (int c = 0; c < headers.size(); c++) {
				sheet.setColumnWidth(c, 24 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void checkHeaders(Row first, List<String> headers) {
		List<ImportError> errors = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = (first != null) ? first.getCell(c) : null;
			String actual = (cell != null) ? formatter.formatCellValue(cell).trim() : "";
			if (!actual.equalsIgnoreCase(headers.get(c))) {
				errors.add(new ImportError(1, org.apache.poi.ss.util.CellReference.convertNumToColString(c) + "1",
						"import.header-expected", headers.get(c), actual));
			}
		}
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors);
		}
	}

	private static String text(DataFormatter formatter, Cell cell) {
		if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
				&& org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
			return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(cell.getLocalDateTimeCellValue());
		}
		return formatter.formatCellValue(cell).trim();
	}

}
