package vn.parindex.framework.cycle;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.parindex.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Units and viewers read the periods without the admin screens: the list, the calendar,
 * whether their unit is evaluated, and the printable framework.
 */
@IntegrationTest
class PeriodPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleManagement cycles;

	@Autowired
	vn.parindex.framework.FrameworkManagement frameworks;

	private long demo2025() {
		return this.cycles.list()
			.stream()
			.filter((row) -> row.name().equals("Kỳ đánh giá Chỉ số CCHC năm 2025"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void anOfficerSeesTheOpenPeriodItsCalendarAndThePrintableFrameworks() throws Exception {
		long id = demo2025();
		perform(get("/periods")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/periods/" + id + "\"")))
			.andExpect(content().string(not(containsString("/admin/periods"))))
			.andExpect(content().string(not(containsString("Tạo kỳ đánh giá"))));
		perform(get("/periods/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Có trong danh sách được đánh giá")))
			.andExpect(content().string(containsString("/print\"")))
			.andExpect(content().string(containsString("Đang diễn ra")))
			.andExpect(content().string(not(containsString("/admin/frameworks/"))));
		perform(get("/my-unit")).andExpect(content().string(containsString("href=\"/periods\"")));
		long framework = this.frameworks.list(2025)
			.stream()
			.filter((row) -> row.unitTypes().equals("DEPARTMENT") && row.versionNo() == 1)
			.findFirst()
			.orElseThrow()
			.id();
		perform(get("/frameworks/{id}/print", framework)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>hoàn thành trong năm</strong>")))
			.andExpect(content().string(containsString("<li>Kế hoạch CCHC năm của đơn vị;</li>")));
	}

	@Test
	@WithUserDetails("lanhdao.tinh")
	void aViewerReadsThePeriodButCannotReachTheAdminScreens() throws Exception {
		long id = demo2025();
		perform(get("/periods/{id}", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Lịch các giai đoạn")));
		perform(get("/admin/periods/{id}", id)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void theCountdownComesWithFullPagesNotWithHtmxFragments() throws Exception {
		perform(get("/periods")).andExpect(content().string(containsString("data-countdown")));
		perform(get("/periods").header("HX-Request", "true"))
			.andExpect(content().string(not(containsString("data-countdown"))));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/periods").header("Accept", "text/html"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithUserDetails("canbo.skhcn")
	void anUnknownPeriodIsNotFound() throws Exception {
		perform(get("/periods/{id}", 987654321L)).andExpect(status().isNotFound());
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		try {
			return this.mvc.perform(request.with(testSecurityContext()));
		}
		finally {
			SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
		}
	}

}
