package vn.parindex.survey;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QR codes of survey links read back to the link, for many random tokens; the SVG
 * draws the same modules.
 */
class QrCodesTests {

	@Test
	void everyPngReadsBackToItsLink() throws Exception {
		SecureRandom random = new SecureRandom();
		for (int i = 0; i < 200; i++) {
			byte[] token = new byte[12];
			random.nextBytes(token);
			String link = "https://cchc.dongthap.gov.vn/s/" + HexFormat.of().formatHex(token);
			assertThat(decode(QrCodes.png(link, 4))).isEqualTo(link);
		}
	}

	@Test
	void theSvgIsSquareAndDrawsModules() {
		String svg = QrCodes.svg("http://localhost:8080/s/abc");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").contains("h1v1h-1z");
	}

	/** Reads a QR code from a PNG as a phone would read a clean print. */
	static String decode(byte[] png) throws IOException, ReaderException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
					Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
			.getText();
	}

}
