package vn.parindex.survey;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Flags a web or kiosk response at submission ({@link SuspicionCheck}) from facts that
 * are used once and never stored with it: the form's signed stamp, the device and, in
 * memory only, the recent answers of that device ({@link BurstMemory}).
 */
@Component
class SuspicionWatch {

	/**
	 * What a submission tells besides its answers.
	 *
	 * @param stamp the form's hidden {@link FormStamp#FIELD}, if sent
	 * @param device the client's address, or {@code kiosk:} and the kiosk token's hash
	 */
	record Facts(@Nullable String stamp, String device) {
	}

	private final FormStamp stamps;

	private final SuspicionCheck check;

	private final BurstMemory bursts;

	private final Clock clock;

	SuspicionWatch(FormStamp stamps, SuspicionCheck check, BurstMemory bursts, Clock clock) {
		this.stamps = stamps;
		this.check = check;
		this.bursts = bursts;
		this.clock = clock;
	}

	/** The flags to store ({@code FAST,STRAIGHT}), or null when the response counts. */
	@Nullable String flags(String campaignToken, Facts facts, List<Answer> answers) {
		int same = this.bursts.note(facts.device(), SuspicionCheck.fingerprint(answers));
		return SuspicionCheck.text(this.check.flags(this.stamps.shownAt(campaignToken, facts.stamp()),
				this.clock.instant(), answers, same));
	}

	/** The stamp a form shows: the one it had if good, else a new one. */
	String stamp(String campaignToken, @Nullable String given) {
		return this.stamps.keep(campaignToken, given);
	}

}
