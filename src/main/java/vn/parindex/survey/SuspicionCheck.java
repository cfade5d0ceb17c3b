package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The suspicion rules, pure: from when the form was shown, when it came back, its answers
 * and how often the same answers came from the same device lately, which flags a response
 * gets. None of these facts is stored with the response.
 * <ul>
 * <li>{@link SuspicionFlag#FAST}: back in under {@code parindex.survey.fraud.min-seconds}
 * (20) seconds, or with no good stamp;</li>
 * <li>{@link SuspicionFlag#STRAIGHT}: at least
 * {@code parindex.survey.fraud.straight-min-answers} (10) scale answers, all the same
 * level;</li>
 * <li>{@link SuspicionFlag#BURST}: the same answers from the same device for the
 * {@code parindex.survey.fraud.burst-count}th (3rd) time or later within the window.</li>
 * </ul>
 */
@Component
class SuspicionCheck {

	private final Duration minTime;

	private final int straightMinAnswers;

	private final int burstCount;

	SuspicionCheck(@Value("${parindex.survey.fraud.min-seconds:20}") int minSeconds,
			@Value("${parindex.survey.fraud.straight-min-answers:10}") int straightMinAnswers,
			@Value("${parindex.survey.fraud.burst-count:3}") int burstCount) {
		this.minTime = Duration.ofSeconds(minSeconds);
		this.straightMinAnswers = straightMinAnswers;
		this.burstCount = burstCount;
	}

	/**
	 * The flags of a response, in the order of {@link SuspicionFlag}; empty when it may
	 * be counted.
	 * @param shownAt when the form was shown, null when its stamp is missing or altered
	 * @param sentAt when the response arrived
	 * @param answers its checked answers
	 * @param sameFromDevice how many times these answers came from this device within the
	 * window, this one included
	 */
	List<SuspicionFlag> flags(@Nullable Instant shownAt, Instant sentAt, List<Answer> answers, int sameFromDevice) {
		List<SuspicionFlag> flags = new ArrayList<>();
		if (fast(shownAt, sentAt)) {
			flags.add(SuspicionFlag.FAST);
		}
		if (straight(answers)) {
			flags.add(SuspicionFlag.STRAIGHT);
		}
		if (sameFromDevice >= this.burstCount) {
			flags.add(SuspicionFlag.BURST);
		}
		return flags;
	}

	boolean fast(@Nullable Instant shownAt, Instant sentAt) {
		return shownAt == null || Duration.between(shownAt, sentAt).compareTo(this.minTime) < 0;
	}

	boolean straight(List<Answer> answers) {
		List<Integer> levels = answers.stream().map(Answer::level).filter(Objects::nonNull).toList();
		return levels.size() >= this.straightMinAnswers && levels.stream().distinct().count() == 1;
	}

	/** The answers' fingerprint: a SHA-256 of them sorted, so order does not matter. */
	static String fingerprint(List<Answer> answers) {
		String text = answers.stream()
			.map((answer) -> answer.questionCode() + "="
					+ ((answer.level() != null) ? answer.level() : answer.optionCode()))
			.sorted()
			.collect(Collectors.joining("\n"));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	/** The flags as stored: {@code FAST,STRAIGHT}; null for none. */
	static @Nullable String text(List<SuspicionFlag> flags) {
		return flags.isEmpty() ? null : flags.stream().map(SuspicionFlag::name).collect(Collectors.joining(","));
	}

}
