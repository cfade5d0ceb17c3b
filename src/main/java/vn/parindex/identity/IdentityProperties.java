package vn.parindex.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings under {@code parindex.identity.*}.
 */
@ConfigurationProperties("parindex.identity")
record IdentityProperties(@DefaultValue Throttle throttle) {

	/**
	 * @param perAccount failed attempts allowed per account within the window
	 * @param perAddress failed attempts allowed per client address within the window
	 * @param window how long a spent budget takes to refill
	 */
	record Throttle(@DefaultValue("5") int perAccount, @DefaultValue("50") int perAddress,
			@DefaultValue("15m") Duration window) {
	}

}
