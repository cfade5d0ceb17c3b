package vn.parindex.organisation;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import vn.parindex.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat maintains units on screen: create, edit without losing someone else's
 * change, filter the list, and keep the lineage consistent.
 */
@IntegrationTest
@WithUserDetails("admin")
class UnitAdminIntegrationTests {

	/** Codes stay unique when the suite runs again against the same external database. */
	static final String RUN = vn.parindex.TestRun.SUFFIX;

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void adminCreatesAUnitAndTheAuditLogHoldsItsNewValues() throws Exception {
		String code = "T_NEW_" + RUN;
		MvcResult result = OrganisationFixtures
			.perform(this.mvc,
					post("/admin/units").with(csrf()).params(form(code, "Phường Tạo Mới", "01/07/2025", "", 0)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "common.saved"))
			.andReturn();
		UnitRow unit = this.organisation.findByCode(code).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/units/" + unit.id());
		assertThat(unit.type()).isEqualTo(UnitType.WARD);
		assertThat(unit.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		Map<String, Object> audit = this.jdbc.sql("""
				select actor, new_value ->> 'code' as code, new_value ->> 'name' as name, old_value is null as fresh
				from audit_event where subject_type = 'org-unit' and subject_id = ? and action = 'CREATE'""")
			.param(Long.toString(unit.id()))
			.query()
			.singleRow();
		assertThat(audit).containsEntry("actor", "admin")
			.containsEntry("code", code)
			.containsEntry("name", "Phường Tạo Mới")
			.containsEntry("fresh", true);
	}

	@Test
	void editingWithAStaleVersionShowsTheConflictAndTheSavedValuesAndOverwritesNothing() throws Exception {
		String code = "T_STALE_" + RUN;
		long id = this.organisation.create(unitForm(code, "Tên ban đầu", 0));
		this.organisation.update(id, unitForm(code, "Tên người khác đã lưu", 0));
		String page = OrganisationFixtures
			.perform(this.mvc,
					post("/admin/units/" + id).with(csrf()).params(form(code, "Tên của tôi", "01/07/2025", "", 0)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).contains("đã được người khác sửa sau khi bạn mở trang")
			.contains("Tên người khác đã lưu")
			.contains("value=\"Tên của tôi\"");
		assertThat(this.organisation.findByCode(code).orElseThrow().name()).isEqualTo("Tên người khác đã lưu");
	}

	@Test
	void editWithTheCurrentVersionSavesAndReturnsToTheUnitPage() throws Exception {
		String code = "T_EDIT_" + RUN;
		long id = this.organisation.create(unitForm(code, "Tên cũ", 0));
		OrganisationFixtures
			.perform(this.mvc,
					post("/admin/units/" + id).with(csrf()).params(form(code, "Tên mới", "01/07/2025", "", 0)))
			.andExpect(redirectedUrl("/admin/units/" + id))
			.andExpect(flash().attribute("message", "common.saved"));
		assertThat(this.organisation.findByCode(code).orElseThrow().name()).isEqualTo("Tên mới");
	}

	@Test
	void reversedValidityReRendersTheFormWithTheVietnameseReason() throws Exception {
		String code = "T_REV_" + RUN;
		OrganisationFixtures
			.perform(this.mvc,
					post("/admin/units").with(csrf()).params(form(code, "Xã Ngược", "01/07/2025", "30/06/2025", 0)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")));
		assertThat(this.organisation.findByCode(code)).isEmpty();
	}

	@Test
	void missingAndMalformedFieldsReRenderWithFieldErrors() throws Exception {
		MultiValueMap<String, String> params = form("T_BAD_" + RUN, "", "31/02/2025", "", 0);
		String page = OrganisationFixtures.perform(this.mvc, post("/admin/units").with(csrf()).params(params))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("class=\"field-error\"").contains("aria-invalid=\"true\"");
		assertThat(this.organisation.findByCode("T_BAD_" + RUN)).isEmpty();
	}

	@Test
	void newUnitFormOffersTheAgreedFields() throws Exception {
		String page = OrganisationFixtures.perform(this.mvc, get("/admin/units/new"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"code\"", "id=\"name\"", "id=\"shortName\"", "id=\"type\"", "id=\"peerGroupId\"",
				"id=\"provinceId\"", "id=\"validFrom\"", "id=\"validTo\"", "name=\"version\"",
				"placeholder=\"31/12/2025\"", "<button type=\"submit\" class=\"primary\">Lưu</button>", "UBND phường");
	}

	@Test
	void yearFilterListsTheUnitsThatExistedInThatYear() throws Exception {
		assertThat(list("/admin/units?year=2023")).contains(">H_CHAU_THANH<").doesNotContain(">P_MY_THO<");
		assertThat(list("/admin/units?year=2026")).contains(">P_MY_THO<").doesNotContain(">H_CHAU_THANH<");
	}

	@Test
	void typeFilterListsOnlyThatType() throws Exception {
		assertThat(list("/admin/units?type=WARD&year=2026")).contains(">P_MY_THO<")
			.doesNotContain(">SKHCN-2025<")
			.doesNotContain(">X_TAN_PHU_TRUNG<");
	}

	@Test
	void htmxRequestGetsOnlyTheResults() throws Exception {
		String fragment = OrganisationFixtures
			.perform(this.mvc, get("/admin/units").param("q", "P_MY_THO").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"results\"", ">P_MY_THO<").doesNotContain("<html", "class=\"filters\"");
	}

	@Test
	void lineageEditorRejectsAPredecessorThatIsStillValid() throws Exception {
		String code = "T_LIN_" + RUN;
		long id = this.organisation.create(unitForm(code, "Xã Kế Thừa Sớm", 0));
		OrganisationFixtures
			.perform(this.mvc,
					post("/admin/units/" + id + "/lineage").with(csrf())
						.param("links[0].predecessor", "H_CHAU_THANH")
						.param("links[0].relation", "AREA_TAKEN_OVER_BY")
						.param("links[0].effective", "01/06/2025"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Đơn vị H_CHAU_THANH vẫn còn hiệu lực vào ngày kế thừa")));
		assertThat(this.organisation.unit(id).predecessors()).isEmpty();
	}

	@Test
	void lineageWithoutADateStartsTheDayAfterThePredecessorEnded() throws Exception {
		String code = "T_LIN2_" + RUN;
		long id = this.organisation.create(unitForm(code, "Xã Kế Thừa", 0));
		OrganisationFixtures
			.perform(this.mvc,
					post("/admin/units/" + id + "/lineage").with(csrf())
						.param("links[0].predecessor", "H_CHAU_THANH")
						.param("links[0].relation", "AREA_TAKEN_OVER_BY")
						.param("links[0].effective", "")
						.param("links[0].inferred", "true"))
			.andExpect(redirectedUrl("/admin/units/" + id + "#lineage"));
		assertThat(this.organisation.unit(id).predecessors()).singleElement().satisfies((link) -> {
			assertThat(link.code()).isEqualTo("H_CHAU_THANH");
			assertThat(link.relation()).isEqualTo(LineageRelation.AREA_TAKEN_OVER_BY);
			assertThat(link.effective()).isEqualTo(LocalDate.of(2025, 7, 1));
			assertThat(link.inferred()).isTrue();
		});
	}

	@Test
	void removeButtonDropsOnePredecessorAndKeepsTheOthers() throws Exception {
		long id = this.organisation.create(unitForm("T_LIN3_" + RUN, "Xã Bỏ Liên Kết", 0));
		LocalDate reform = LocalDate.of(2025, 7, 1);
		this.organisation.setLineage(id,
				java.util.List.of(new LineageLink(idOf("H_CHAU_THANH"), LineageRelation.MERGED_INTO, reform, false),
						new LineageLink(idOf("H_LAI_VUNG"), LineageRelation.MERGED_INTO, reform, true)));
		assertThat(list("/admin/units/" + id)).contains("form=\"lineage-remove-0\"", "id=\"lineage-remove-1\"");
		OrganisationFixtures
			.perform(this.mvc,
					post("/admin/units/" + id + "/lineage/remove").with(csrf()).param("predecessor", "H_CHAU_THANH"))
			.andExpect(redirectedUrl("/admin/units/" + id + "#lineage"));
		assertThat(this.organisation.unit(id).predecessors()).singleElement().satisfies((link) -> {
			assertThat(link.code()).isEqualTo("H_LAI_VUNG");
			assertThat(link.inferred()).isTrue();
		});
	}

	@Test
	void unitPageOffersTheEditorsAndAddsAndDeactivatesSubUnits() throws Exception {
		long id = this.organisation.create(unitForm("T_SUB_" + RUN, "Xã Có Phòng", 0));
		assertThat(list("/admin/units/" + id)).contains("id=\"lineage\"", "list=\"unit-codes\"", "id=\"sub-units\"",
				"/admin/units/" + id + "/edit");
		OrganisationFixtures.perform(this.mvc,
				post("/admin/units/" + id + "/sub-units").with(csrf()).param("code", "VP").param("name", "Văn phòng"))
			.andExpect(redirectedUrl("/admin/units/" + id + "#sub-units"));
		UnitView.SubUnitRow sub = this.organisation.unit(id).subUnits().get(0);
		OrganisationFixtures
			.perform(this.mvc, post("/admin/units/" + id + "/sub-units/" + sub.id() + "/deactivate").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organisation.unit(id).subUnits()).singleElement()
			.satisfies((row) -> assertThat(row.active()).isFalse());
	}

	private String list(String url) throws Exception {
		return OrganisationFixtures.perform(this.mvc, get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UnitForm unitForm(String code, String name, long version) {
		return new UnitForm(code, name, name, UnitType.COMMUNE,
				OrganisationFixtures.groupId(this.organisation, "XA_PHUONG"),
				OrganisationFixtures.provinceId(this.organisation, "DT"), LocalDate.of(2025, 7, 1), null, version);
	}

	private MultiValueMap<String, String> form(String code, String name, String from, String to, long version) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("code", code);
		params.add("name", name);
		params.add("shortName", name.isEmpty() ? "" : "P. " + code);
		params.add("type", "WARD");
		params.add("peerGroupId", Long.toString(OrganisationFixtures.groupId(this.organisation, "XA_PHUONG")));
		params.add("provinceId", Long.toString(OrganisationFixtures.provinceId(this.organisation, "DT")));
		params.add("validFrom", from);
		params.add("validTo", to);
		params.add("version", Long.toString(version));
		return params;
	}

	private long idOf(String code) {
		return this.organisation.findByCode(code).orElseThrow().id();
	}

}
