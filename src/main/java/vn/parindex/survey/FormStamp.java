package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The signed moment a survey form was shown, carried by the form in a hidden field so
 * that how long a response took is known at submission without storing anything: the
 * epoch second and an HMAC-SHA256 of it with the campaign's token, under a key derived
 * from the code key ({@link CodeHasher#sign}). A stamp that is missing, altered or made
 * for another campaign reads as no stamp.
 */
@Component
class FormStamp {

	/** The hidden field's name. */
	static final String FIELD = "stamp";

	private static final String PURPOSE = "survey-form-stamp";

	private final CodeHasher hasher;

	private final Clock clock;

	FormStamp(CodeHasher hasher, Clock clock) {
		this.hasher = hasher;
		this.clock = clock;
	}

	/** A stamp for a form of the campaign shown now. */
	String issue(String campaignToken) {
		return issue(campaignToken, this.clock.instant());
	}

	String issue(String campaignToken, Instant shownAt) {
		long seconds = shownAt.getEpochSecond();
		return seconds + "." + this.hasher.sign(PURPOSE, seconds + ":" + campaignToken);
	}

	/** The given stamp if it is good, else a new one: a refused form keeps its time. */
	String keep(String campaignToken, @Nullable String stamp) {
		return (stamp != null && shownAt(campaignToken, stamp) != null) ? stamp : issue(campaignToken);
	}

	/** When the form was shown, or null for a missing or tampered stamp. */
	@Nullable Instant shownAt(String campaignToken, @Nullable String stamp) {
		if (stamp == null || !stamp.matches("\\d{1,12}\\.[0-9a-f]{64}")) {
			return null;
		}
		long seconds = Long.parseLong(stamp.substring(0, stamp.indexOf('.')));
		byte[] expected = issue(campaignToken, Instant.ofEpochSecond(seconds)).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, stamp.getBytes(StandardCharsets.US_ASCII))
				? Instant.ofEpochSecond(seconds) : null;
	}

}
