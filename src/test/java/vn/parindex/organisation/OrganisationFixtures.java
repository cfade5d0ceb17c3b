package vn.parindex.organisation;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;

/**
 * Lookups and request helpers shared by the organisation tests.
 */
final class OrganisationFixtures {

	private OrganisationFixtures() {
	}

	static long groupId(OrganisationManagement organisation, String code) {
		return organisation.peerGroups()
			.stream()
			.filter((group) -> group.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	static long provinceId(OrganisationManagement organisation, String code) {
		return organisation.provinces()
			.stream()
			.filter((province) -> province.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * Performs the request as the test's {@code @WithUserDetails} user. MockMvc's filter
	 * chain clears the security context afterwards; this hands it back for the test's
	 * facade calls.
	 */
	static <B extends AbstractMockHttpServletRequestBuilder<B>> ResultActions perform(MockMvc mvc, B request)
			throws Exception {
		try {
			return mvc.perform(request.with(testSecurityContext()));
		}
		finally {
			SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
		}
	}

}
