package vn.parindex.survey;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.parindex.TestRun;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public form's limits per address: 200 responses in a row from one office address
 * (20 kiosks) all pass; 30 wrong codes stop that address, and only that one.
 */
@vn.parindex.IntegrationTest
class SurveyRateLimitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void twentyKiosksBehindOneAddressAreNotStoppedButCodeGuessersAre() throws Exception {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 205; i++) {
			codes.add("RL-" + TestRun.SUFFIX + "-" + i);
		}
		SurveyFixtures.Created campaign = SurveyFixtures.campaign(this.context, codes);
		String office = "10.77.0.1";
		for (int i = 0; i < 200; i++) {
			this.mvc.perform(submit(campaign.token(), codes.get(i), office)).andExpect(status().is3xxRedirection());
		}
		String guesser = "10.77.0.2";
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(submit(campaign.token(), "DOAN-" + i, guesser))
				.andExpect(status().isUnprocessableContent());
		}
		this.mvc.perform(submit(campaign.token(), codes.get(200), guesser))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Có quá nhiều phiếu hoặc mã sai")));
		this.mvc.perform(submit(campaign.token(), codes.get(201), "10.77.0.3")).andExpect(status().is3xxRedirection());
		this.mvc.perform(submit(campaign.token(), codes.get(202), office)).andExpect(status().is3xxRedirection());
	}

	private static MockHttpServletRequestBuilder submit(String token, String code, String address) {
		MockHttpServletRequestBuilder request = post("/s/{token}", token).param("ma", code).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		});
		SurveyFixtures.QUESTIONS.forEach((question) -> request.param("q_" + question, "4"));
		return request;
	}

}
