package vn.parindex.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	final LoginThrottle throttle = new LoginThrottle(
			new IdentityProperties(new IdentityProperties.Throttle(5, 50, Duration.ofMinutes(15))));

	@Test
	void blocksAnAccountAfterFiveFailures() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("canbo", "10.0.0.1");
		}
		assertThat(this.throttle.blocked("canbo", "10.0.0.1")).isFalse();
		this.throttle.failed("CanBo", "10.0.0.2");
		assertThat(this.throttle.blocked("canbo", "10.0.0.3")).isTrue();
	}

	@Test
	void aSuccessClearsTheAccountsFailures() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("canbo", "10.0.0.1");
		}
		this.throttle.succeeded("canbo");
		this.throttle.failed("canbo", "10.0.0.1");
		assertThat(this.throttle.blocked("canbo", "10.0.0.1")).isFalse();
	}

	@Test
	void oneOfficeAddressToleratesManyUsersButNotGuessing() {
		for (int i = 0; i < 49; i++) {
			this.throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(this.throttle.blocked("someone-else", "10.0.0.9")).isFalse();
		this.throttle.failed("user50", "10.0.0.9");
		assertThat(this.throttle.blocked("someone-else", "10.0.0.9")).isTrue();
		assertThat(this.throttle.blocked("someone-else", "10.0.0.10")).isFalse();
	}

}
