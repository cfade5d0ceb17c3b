package vn.parindex.assessment.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of every accepted type, and convincing fakes, made in memory.
 */
public final class EvidenceSamples {

	private EvidenceSamples() {
	}

	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Báo cáo kết quả cải cách hành chính");
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws IOException {
		return workbook(new XSSFWorkbook());
	}

	static byte[] xls() throws IOException {
		return workbook(new HSSFWorkbook());
	}

	private static byte[] workbook(Workbook workbook) throws IOException {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(89.85);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] odt() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			entry(zip, "META-INF/manifest.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
					manifest:version="1.2">
					 <manifest:file-entry manifest:full-path="/" \
					manifest:media-type="application/vnd.oasis.opendocument.text"/>
					 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
					</manifest:manifest>
					""");
			entry(zip, "content.xml", """
					<?xml version="1.0" encoding="UTF-8"?>
					<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
					xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
					 <office:body><office:text><text:p>Tài liệu kiểm chứng</text:p></office:text></office:body>
					</office:document-content>
					""");
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0xC8102E);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/**
	 * The headers of a 32-bit Windows program: DOS header with its stub, then the PE
	 * signature at 0x80, a COFF header for i386 and the start of the optional header.
	 */
	public static byte[] windowsExe() {
		ByteBuffer exe = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
		exe.put("MZ".getBytes(StandardCharsets.US_ASCII)).putShort(2, (short) 0x90).putShort(4, (short) 3);
		exe.putShort(8, (short) 4).putShort(12, (short) 0xFFFF).putShort(16, (short) 0xB8);
		exe.putShort(24, (short) 0x40).putInt(0x3C, 0x80);
		exe.position(0x4E);
		exe.put("This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII));
		exe.position(0x80);
		exe.put("PE\0\0".getBytes(StandardCharsets.US_ASCII));
		exe.putShort((short) 0x014C).putShort((short) 3).putInt(0x5F000000).putInt(0).putInt(0);
		exe.putShort((short) 0xE0).putShort((short) 0x0102);
		exe.putShort((short) 0x010B);
		return exe.array();
	}

	static byte[] htmlPage() {
		return """
				<!DOCTYPE html>
				<html lang="vi"><head><title>Báo cáo</title></head>
				<body><h1>Báo cáo</h1><script>fetch('/api/me').then(r => r.text()).then(alert)</script></body></html>
				""".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] text() {
		return "Báo cáo số 12/BC-UBND\nKết quả: 89,85 điểm\n".getBytes(StandardCharsets.UTF_8);
	}

	static byte[] padded(byte[] start, int size) {
		byte[] bytes = new byte[size];
		System.arraycopy(start, 0, bytes, 0, start.length);
		return bytes;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Path> files(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
