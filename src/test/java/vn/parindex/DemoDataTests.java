package vn.parindex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTests {

	@Test
	void abbreviatesDepartmentsAsTheProvincePrintsThem() {
		assertThat(DemoData.shortName("Sở Khoa học và Công nghệ")).isEqualTo("Sở KH&CN"); // seed
																							// A3
		assertThat(DemoData.shortName("Sở Kế hoạch và Đầu tư")).isEqualTo("Sở KH&ĐT"); // seed
																						// A4
		assertThat(DemoData.shortName("Sở Tài nguyên và Môi trường")).isEqualTo("Sở TN&MT");
		assertThat(DemoData.shortName("Sở Lao động – Thương binh và Xã hội")).isEqualTo("Sở LĐTB&XH");
	}

	@Test
	void keepsShortDepartmentNames() {
		assertThat(DemoData.shortName("Sở Nội vụ")).isEqualTo("Sở Nội vụ");
		assertThat(DemoData.shortName("Thanh tra tỉnh")).isEqualTo("Thanh tra tỉnh");
	}

	@Test
	void abbreviatesLocalUnitsByLevel() {
		assertThat(DemoData.shortName("Thành phố Cao Lãnh")).isEqualTo("TP Cao Lãnh");
		assertThat(DemoData.shortName("Huyện Châu Thành")).isEqualTo("H. Châu Thành");
		assertThat(DemoData.shortName("Phường Mỹ Tho")).isEqualTo("P. Mỹ Tho");
		assertThat(DemoData.shortName("Xã Tân Hồng")).isEqualTo("X. Tân Hồng");
	}

}
