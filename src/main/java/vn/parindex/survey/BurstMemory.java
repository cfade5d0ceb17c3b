package vn.parindex.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the same answers came from the same device lately, kept only in memory and only
 * for {@code parindex.survey.fraud.burst-window} (10 minutes): never in the database, and
 * lost on restart. The key is a SHA-256 of the device and the answers' fingerprint, so
 * not even memory holds an address next to answers.
 */
@Component
class BurstMemory {

	private final Duration window;

	private final Clock clock;

	private final Cache<String, List<Instant>> seen;

	BurstMemory(@Value("${parindex.survey.fraud.burst-window:10m}") Duration window, Clock clock) {
		this.window = window;
		this.clock = clock;
		this.seen = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(200_000).build();
	}

	/**
	 * Notes one more response with these answers from the device; how many came within
	 * the window, this one included.
	 * @param device the kiosk's token hash or the client's address
	 * @param fingerprint {@link SuspicionCheck#fingerprint} of the answers
	 */
	int note(String device, String fingerprint) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.window);
		List<Instant> times = this.seen.asMap()
			.merge(KioskStore.hash(device + "\n" + fingerprint), List.of(now), (before, added) -> {
				List<Instant> kept = new ArrayList<>(before.stream().filter((at) -> at.isAfter(since)).toList());
				kept.addAll(added);
				return List.copyOf(kept);
			});
		return times.size();
	}

}
