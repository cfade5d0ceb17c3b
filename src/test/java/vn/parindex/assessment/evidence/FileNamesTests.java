package vn.parindex.assessment.evidence;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void pathsAreDropped() {
		assertThat(FileNames.display("C:\\fakepath\\Báo cáo.pdf")).isEqualTo("Báo cáo.pdf");
		assertThat(FileNames.display("D:\\Tài liệu\\2025\\Tờ trình.docx")).isEqualTo("Tờ trình.docx");
		assertThat(FileNames.display("/home/canbo/Báo cáo.pdf")).isEqualTo("Báo cáo.pdf");
		assertThat(FileNames.display("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.display("~/.ssh/id_rsa")).isEqualTo("id_rsa");
		assertThat(FileNames.display("C:/Users/canbo/so-lieu.xlsx")).isEqualTo("so-lieu.xlsx");
	}

	@Test
	void vietnameseLettersAreKeptAndComposed() {
		assertThat(FileNames.display("Báo cáo số 12/BC-UBND.pdf")).isEqualTo("Báo cáo số 12BC-UBND.pdf");
		String decomposed = Normalizer.normalize("Đánh giá ứng dụng CNTT.xlsx", Normalizer.Form.NFD);
		String display = FileNames.display(decomposed);
		assertThat(display).isEqualTo("Đánh giá ứng dụng CNTT.xlsx");
		assertThat(Normalizer.isNormalized(display, Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void dangerousCharactersAreRemoved() {
		assertThat(FileNames.display("a<b>c:d\"e|f?g*h.pdf")).isEqualTo("abcdefgh.pdf");
		assertThat(FileNames.display("hoa-don\u202Efdp.exe")).isEqualTo("hoa-donfdp.exe");
		assertThat(FileNames.display("bao\u0000cao\u0007.pdf")).isEqualTo("baocao.pdf");
		assertThat(FileNames.display("  Báo \t cáo\n\nquý  1 .pdf")).isEqualTo("Báo cáo quý 1 .pdf");
		assertThat(FileNames.display("...bao-cao.pdf. . ")).isEqualTo("bao-cao.pdf");
	}

	@Test
	void emptyNamesFallBack() {
		assertThat(FileNames.display(null)).isEqualTo("tai-lieu");
		assertThat(FileNames.display("")).isEqualTo("tai-lieu");
		assertThat(FileNames.display(" . ")).isEqualTo("tai-lieu");
		assertThat(FileNames.display("C:\\fakepath\\")).isEqualTo("tai-lieu");
		assertThat(FileNames.display("<>?*")).isEqualTo("tai-lieu");
	}

	@Test
	void longNamesAreCutBeforeTheExtension() {
		String name = FileNames.display("Báo cáo ".repeat(40) + ".docx");
		assertThat(name).hasSize(200).endsWith(" Báo.docx").startsWith("Báo cáo Báo");
		String emoji = FileNames.display("a".repeat(195) + "😀😀.pdf");
		assertThat(emoji).endsWith("a.pdf").hasSize(199);
		assertThat(FileNames.display("x".repeat(300))).hasSize(200);
	}

	@Test
	void asciiNamesHaveNoDiacriticsOrSpecialCharacters() {
		assertThat(FileNames.ascii("Báo cáo số 12BC-UBND.pdf")).isEqualTo("Bao-cao-so-12BC-UBND.pdf");
		assertThat(FileNames.ascii("Đánh giá đợt 1 (bổ sung).xlsx")).isEqualTo("Danh-gia-dot-1-bo-sung-.xlsx");
		assertThat(FileNames.ascii("Tờ trình_Ủy ban.odt")).isEqualTo("To-trinh_Uy-ban.odt");
		assertThat(FileNames.ascii("漢字")).isEqualTo("tai-lieu");
		assertThat(FileNames.ascii("Tờ trình.docx")).matches("[A-Za-z0-9._-]+");
	}

}
