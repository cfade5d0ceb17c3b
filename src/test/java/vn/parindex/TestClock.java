package vn.parindex;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.parindex.shared.Formats;

/**
 * The clock of the test context: the system clock until a test fixes "now" with
 * {@link #set}, and again after {@link #reset}. Tests that move it must reset it.
 */
public final class TestClock extends Clock {

	private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

	public void set(Instant now) {
		this.fixed.set(now);
	}

	public void reset() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return Formats.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.system(zone);
	}

	@Override
	public Instant instant() {
		Instant now = this.fixed.get();
		return (now != null) ? now : Instant.now();
	}

	/** Puts the test clock in front of the application's. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
