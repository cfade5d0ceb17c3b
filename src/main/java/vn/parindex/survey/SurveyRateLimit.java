package vn.parindex.survey;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits on the public form per client address (Bucket4j, in memory): submissions, sized
 * so that 20 kiosks or a mobile network behind one address are not stopped, and wrong
 * codes, far fewer, so that codes cannot be guessed. Both refill over a window.
 */
@Component
class SurveyRateLimit {

	private final Cache<String, Bucket> submissions;

	private final Cache<String, Bucket> wrongCodes;

	private final int submissionCapacity;

	private final int wrongCodeCapacity;

	private final Duration window;

	SurveyRateLimit(@Value("${parindex.survey.rate.submissions:600}") int submissions,
			@Value("${parindex.survey.rate.wrong-codes:30}") int wrongCodes,
			@Value("${parindex.survey.rate.window:10m}") Duration window) {
		this.submissionCapacity = submissions;
		this.wrongCodeCapacity = wrongCodes;
		this.window = window;
		this.submissions = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(100_000).build();
		this.wrongCodes = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(100_000).build();
	}

	/** Takes one submission from the address's budget; false when it is spent. */
	boolean trySubmit(String address) {
		Bucket wrong = this.wrongCodes.getIfPresent(address);
		if (wrong != null && wrong.getAvailableTokens() <= 0) {
			return false;
		}
		return this.submissions.get(address, (key) -> bucket(this.submissionCapacity)).tryConsume(1);
	}

	void wrongCode(String address) {
		this.wrongCodes.get(address, (key) -> bucket(this.wrongCodeCapacity)).tryConsume(1);
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, this.window).build())
			.build();
	}

}
