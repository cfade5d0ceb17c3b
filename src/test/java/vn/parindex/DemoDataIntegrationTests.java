package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Đồng Tháp demo as the units file describes it, with the 2025 reorganisation's
 * lineage.
 */
@IntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	DemoData demo;

	@Test
	void loadsDepartmentsDistrictsAndTheKnownCommunesAndWards() {
		assertThat(demoCodes("departments")).hasSize(19);
		assertThat(loaded(demoCodes("departments"), "DEPARTMENT", "2024-12-31")).isEqualTo(19);
		assertThat(loaded(demoCodes("departments_2025"), "DEPARTMENT", "2025-07-01")).isEqualTo(12);
		assertThat(loaded(demoCodes("districts"), "%DISTRICT", "2024-12-31")).isEqualTo(12);
		assertThat(loaded(demoCodes("districts"), "%DISTRICT", "2025-07-01")).isZero();
		assertThat(loaded(demoCodes("communes_2025"), "WARD", "2025-07-01")).isEqualTo(20); // NQ
																							// 1663:
																							// 20
																							// phường
		assertThat(loaded(demoCodes("communes_2025"), "COMMUNE", "2025-07-01")).isEqualTo(73); // 73
																								// of
																								// 82
																								// xã
																								// known
	}

	@Test
	@WithUserDetails("admin")
	void districtsAreSucceededByTheCommunesThatTookOverTheirArea() {
		long tamNong = this.organisation.findByCode("H_TAM_NONG").orElseThrow().id();
		UnitView district = this.organisation.unit(tamNong);
		assertThat(district.unit().validTo()).hasToString("2025-06-30");
		assertThat(district.successors()).extracting(UnitView.LineageRow::code)
			.contains("X_TRAM_CHIM", "X_TAM_NONG", "X_AN_HOA");
	}

	@Test
	@WithUserDetails("admin")
	void theSameNameCommuneInTienGiangIsNoSuccessorOfTheDistrict() {
		long chauThanh = this.organisation.findByCode("H_CHAU_THANH").orElseThrow().id();
		assertThat(this.organisation.unit(chauThanh).successors()).extracting(UnitView.LineageRow::code)
			.doesNotContain("X_CHAU_THANH")
			.contains("X_PHU_HUU");
	}

	@Test
	void createsOneUserPerRole() {
		assertThat(this.jdbc.sql("select distinct role from identity_user where username in (:names)")
			.param("names", DemoData.USERS.stream().map(DemoData.DemoUser::username).toList())
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder("ADMIN", "UNIT_OFFICER", "UNIT_LEADER", "APPRAISER", "COUNCIL_CHAIR", "VIEWER");
	}

	@Test
	@Transactional
	void runningAgainChangesNothing() throws Exception {
		long units = this.jdbc.sql("select count(*) from organisation_unit").query(Long.class).single();
		long users = this.jdbc.sql("select count(*) from identity_user").query(Long.class).single();
		this.demo.run(new DefaultApplicationArguments());
		assertThat(this.jdbc.sql("select count(*) from organisation_unit").query(Long.class).single()).isEqualTo(units);
		assertThat(this.jdbc.sql("select count(*) from identity_user").query(Long.class).single()).isEqualTo(users);
	}

	private long loaded(List<String> codes, String typePattern, String day) {
		return this.jdbc.sql("""
				select count(*) from organisation_unit where code in (:codes) and type_code like :type
				and (valid_from is null or valid_from <= cast(:day as date))
				and (valid_to is null or valid_to >= cast(:day as date))""")
			.param("codes", codes)
			.param("type", typePattern)
			.param("day", day)
			.query(Long.class)
			.single();
	}

	@SuppressWarnings("unchecked")
	private static List<String> demoCodes(String section) {
		try (InputStream in = new ClassPathResource("demo/units-dong-thap.yaml").getInputStream()) {
			Map<String, Object> yaml = new Yaml().load(in);
			return ((List<Map<String, Object>>) yaml.get(section)).stream()
				.map((unit) -> (String) unit.get("code"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
