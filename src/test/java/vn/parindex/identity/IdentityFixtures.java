package vn.parindex.identity;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.SmartRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Users and requests for identity tests: unique names, demo sign-ins, and sign-ins from a
 * chosen client address so throttling one test leaves the others alone.
 */
final class IdentityFixtures {

	/** The demo users' password (DemoData). */
	static final String DEMO_PASSWORD = "DongThap@2026";

	/** A password long enough for the policy. */
	static final String PASSWORD = "Mat-khau-thu-2026";

	private static final String RUN = vn.parindex.TestRun.SUFFIX.toLowerCase(java.util.Locale.ROOT);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private IdentityFixtures() {
	}

	/** A username no other test and no earlier run against the same database used. */
	static String uniqueUsername(String prefix) {
		return prefix + "." + RUN + SEQUENCE.incrementAndGet();
	}

	static RequestPostProcessor signedInAs(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}

	/**
	 * The request as it arrives from the client at {@code address}, so throttling per
	 * address does not spend the budget of the suite's other tests.
	 */
	static RequestBuilder from(String address, RequestBuilder builder) {
		return (context) -> {
			MockHttpServletRequest request = builder.buildRequest(context);
			if (builder instanceof SmartRequestBuilder smart) {
				// Post-processors such as csrf() run here: MockMvc only runs them for
				// builders it sees.
				request = smart.postProcessRequest(request);
			}
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Runs facade calls as the demo admin, as a page handler would. */
	static <T> T asAdmin(UserDetailsService users, Supplier<T> action) {
		UserDetails admin = users.loadUserByUsername("admin");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
