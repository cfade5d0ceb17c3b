package vn.parindex.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiacriticsTests {

	@Test
	void foldsMarksCaseAndTheLetterD() {
		assertThat(Diacritics.fold("Sở Nội vụ")).isEqualTo("so noi vu");
		assertThat(Diacritics.fold("ĐỒNG THÁP")).isEqualTo("dong thap");
		assertThat(Diacritics.fold("Ủy ban nhân dân xã Mỹ Đông")).isEqualTo("uy ban nhan dan xa my dong");
		assertThat(Diacritics.fold("  Sở   Khoa học\tvà Công nghệ ")).isEqualTo("so khoa hoc va cong nghe");
	}

	@Test
	void foldsComposedAndDecomposedFormsAlike() {
		String decomposed = java.text.Normalizer.normalize("Sở Nội vụ", java.text.Normalizer.Form.NFD);
		assertThat(Diacritics.fold(decomposed)).isEqualTo(Diacritics.fold("Sở Nội vụ"));
	}

	@Test
	void matchesEveryWordIgnoringMarksAndOrder() {
		assertThat(Diacritics.matches("Sở Nội vụ", "so noi vu")).isTrue();
		assertThat(Diacritics.matches("Sở Nội vụ", "NỘI")).isTrue();
		assertThat(Diacritics.matches("Sở Nội vụ", "vu so")).isTrue();
		assertThat(Diacritics.matches("Sở Nội vụ", "so tu phap")).isFalse();
		assertThat(Diacritics.matches("Sở Tư pháp", "so noi vu")).isFalse();
	}

}
