package vn.parindex.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads downloaded files back for the export tests: workbooks with POI, PDFs with PDFBox,
 * JSON with Jackson.
 */
final class ExportReaders {

	private ExportReaders() {
	}

	static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	/** The first row whose cell in the column holds the text. */
	static Row row(Sheet sheet, int column, String value) {
		return row(sheet, (row) -> text(row, column).equals(value));
	}

	static Row row(Sheet sheet, Predicate<Row> test) {
		List<Row> rows = new ArrayList<>();
		sheet.forEach(rows::add);
		return rows.stream().filter(test).findFirst().orElseThrow();
	}

	static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell != null && cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : "";
	}

	/** The PDF's text with every run of whitespace as one space. */
	static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static JsonNode json(String text) {
		return JsonMapper.builder().build().readTree(text);
	}

	/** The element of a JSON array whose numeric field has the value. */
	static JsonNode element(JsonNode array, String field, long value) {
		return array.valueStream().filter((node) -> node.get(field).asLong() == value).findFirst().orElseThrow();
	}

	static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
