package vn.parindex.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain: form sign-in, public portal and health, ADMIN-only
 * actuator and API docs, strict headers. Facades check role and unit again for every
 * action.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PREVIEW_CSP = "default-src 'self'; script-src 'none'; frame-ancestors 'self'";

	/** The portal's embeddable ranking may be framed by any site. */
	static final String EMBED_CSP = CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, ApplicationEventPublisher events,
			SessionRegistry sessions) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error", "/login",
					"/actuator/health", "/actuator/health/**", "/actuator/info", "/portal/**", "/api/public/**",
					"/s/**", "/kiosk/**")
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		// The anonymous survey form and the kiosks keep no session, so there is no
		// session
		// to forge a request for; the one-time code or the kiosk's token is the
		// permission.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/s/**"),
				PathPatternRequestMatcher.withDefaults().matcher("/kiosk/**")));
		http.formLogin((form) -> form.loginPage("/login")
			.defaultSuccessUrl("/", true)
			.failureHandler((request, response, ex) -> response
				.sendRedirect(request.getContextPath() + "/login?" + reason(ex))));
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"));
		// The registry lets a deactivation or password reset end the user's open
		// sessions.
		http.sessionManagement((management) -> management.sessionFixation((fixation) -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessions)
			.expiredUrl("/login?expired"));
		// Evidence previews (PDF, images) may be framed by our own pages; nothing else
		// may.
		RequestMatcher preview = PathPatternRequestMatcher.withDefaults()
			.matcher("/assessments/{id}/files/{file}/preview");
		RequestMatcher embed = PathPatternRequestMatcher.withDefaults().matcher("/portal/embed/**");
		RequestMatcher notPreview = new NegatedRequestMatcher(new OrRequestMatcher(preview, embed));
		http.headers((headers) -> headers.frameOptions((frames) -> frames.disable())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.addHeaderWriter(
					new DelegatingRequestMatcherHeaderWriter(notPreview, new ContentSecurityPolicyHeaderWriter(CSP)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notPreview,
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(preview,
					new ContentSecurityPolicyHeaderWriter(PREVIEW_CSP)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(preview,
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
			.addHeaderWriter(
					new DelegatingRequestMatcherHeaderWriter(embed, new ContentSecurityPolicyHeaderWriter(EMBED_CSP))));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(
					(request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED, "unauthenticated"), api)
			.defaultAccessDeniedHandlerFor(
					(request, response, ex) -> problem(response, HttpStatus.FORBIDDEN, "error.forbidden"), api)
			// Pages: the container's error dispatch renders templates/error/403.html.
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		http.addFilterBefore(new LoginThrottleFilter(throttle, events), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when the container ends a session (timeout, logout). */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	private static String reason(Exception ex) {
		return (ex instanceof org.springframework.security.authentication.DisabledException) ? "disabled" : "error";
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String code) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"urn:parindex:problem:" + code + "\",\"title\":\"" + status.getReasonPhrase()
					+ "\",\"status\":" + status.value() + ",\"code\":\"" + code + "\"}");
	}

}
