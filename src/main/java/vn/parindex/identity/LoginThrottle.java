package vn.parindex.identity;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address and refuses further attempts
 * once either budget is spent. The address budget is larger because a one-stop office
 * signs many people in from one address.
 */
@Component
class LoginThrottle {

	private final IdentityProperties.Throttle settings;

	private final Cache<String, Bucket> accounts;

	private final Cache<String, Bucket> addresses;

	LoginThrottle(IdentityProperties properties) {
		this.settings = properties.throttle();
		this.accounts = Caffeine.newBuilder()
			.expireAfterAccess(this.settings.window().multipliedBy(2))
			.maximumSize(100_000)
			.build();
		this.addresses = Caffeine.newBuilder()
			.expireAfterAccess(this.settings.window().multipliedBy(2))
			.maximumSize(100_000)
			.build();
	}

	boolean blocked(String username, String address) {
		Bucket account = this.accounts.getIfPresent(key(username));
		Bucket client = this.addresses.getIfPresent(address);
		return (account != null && account.getAvailableTokens() <= 0)
				|| (client != null && client.getAvailableTokens() <= 0);
	}

	void failed(String username, String address) {
		this.accounts.get(key(username), (k) -> bucket(this.settings.perAccount())).tryConsume(1);
		this.addresses.get(address, (k) -> bucket(this.settings.perAddress())).tryConsume(1);
	}

	void succeeded(String username) {
		this.accounts.invalidate(key(username));
	}

	Duration window() {
		return this.settings.window();
	}

	private Bucket bucket(int failures) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(failures).refillIntervally(failures, this.settings.window()).build())
			.build();
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

}
