package vn.parindex.survey;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parindex.TestClock;
import vn.parindex.shared.ParindexProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suspicion rules: fast, straight-lined and bursts of identical answers from one
 * device; the signed form stamp that times a response; and the memory of bursts, which
 * forgets after its window.
 */
class SuspicionCheckTests {

	private static final Instant SHOWN = Instant.parse("2026-12-01T02:00:00Z");

	private final SuspicionCheck check = new SuspicionCheck(20, 10, 3);

	@Test
	void aResponseBackInUnderTheMinimumOrWithoutAStampIsFast() {
		assertThat(this.check.fast(SHOWN, SHOWN.plusSeconds(19))).isTrue();
		assertThat(this.check.fast(SHOWN, SHOWN.plusSeconds(20))).isFalse();
		assertThat(this.check.fast(SHOWN, SHOWN.plusSeconds(600))).isFalse();
		assertThat(this.check.fast(null, SHOWN)).as("no stamp or a tampered one").isTrue();
		assertThat(this.check.fast(SHOWN.plusSeconds(60), SHOWN)).as("shown in the future").isTrue();
	}

	@Test
	void tenOrMoreScaleAnswersAllAtOneLevelAreStraightLined() {
		assertThat(this.check.straight(levels(5, 16))).isTrue();
		assertThat(this.check.straight(levels(1, 10))).isTrue();
		assertThat(this.check.straight(levels(5, 9))).as("too few to tell").isFalse();
		List<Answer> varied = new ArrayList<>(levels(5, 15));
		varied.add(new Answer("Z", 4, null));
		assertThat(this.check.straight(varied)).isFalse();
		List<Answer> withChoice = new ArrayList<>(levels(4, 12));
		withChoice.add(new Answer("MD1", null, "B"));
		assertThat(this.check.straight(withChoice)).as("options do not break the line").isTrue();
	}

	@Test
	void theThirdSameAnswersFromOneDeviceAreABurst() {
		assertThat(this.check.flags(SHOWN, SHOWN.plusSeconds(60), levels(4, 3), 2)).isEmpty();
		assertThat(this.check.flags(SHOWN, SHOWN.plusSeconds(60), levels(4, 3), 3))
			.containsExactly(SuspicionFlag.BURST);
		assertThat(SuspicionCheck.text(this.check.flags(null, SHOWN, levels(3, 16), 7)))
			.isEqualTo("FAST,STRAIGHT,BURST");
		assertThat(SuspicionCheck.text(List.of())).isNull();
	}

	@Test
	void theFingerprintIgnoresOrderButNotAnswers() {
		List<Answer> answers = List.of(new Answer("A", 5, null), new Answer("B", 4, null),
				new Answer("MD1", null, "C"));
		assertThat(SuspicionCheck.fingerprint(answers))
			.isEqualTo(SuspicionCheck.fingerprint(List.of(answers.get(2), answers.get(0), answers.get(1))))
			.isNotEqualTo(SuspicionCheck.fingerprint(List.of(answers.get(0), answers.get(1))))
			.isNotEqualTo(SuspicionCheck
				.fingerprint(List.of(new Answer("A", 5, null), new Answer("B", 3, null), new Answer("MD1", null, "C"))))
			.hasSize(64);
	}

	@Test
	void aStampReadsBackOnlyUnalteredAndForItsCampaign() {
		TestClock clock = new TestClock();
		clock.set(SHOWN);
		FormStamp stamps = new FormStamp(new CodeHasher(Base64.getEncoder().encodeToString(new byte[32]),
				new ParindexProperties(Path.of("target/unused"), null)), clock);
		String stamp = stamps.issue("abc");
		assertThat(stamps.shownAt("abc", stamp)).isEqualTo(SHOWN);
		assertThat(stamps.shownAt("abd", stamp)).as("another campaign").isNull();
		assertThat(stamps.shownAt("abc", (SHOWN.getEpochSecond() - 60) + stamp.substring(stamp.indexOf('.'))))
			.as("an earlier time with the same signature")
			.isNull();
		assertThat(stamps.shownAt("abc", null)).isNull();
		assertThat(stamps.shownAt("abc", "x")).isNull();
		assertThat(stamps.keep("abc", stamp)).isEqualTo(stamp);
		clock.set(SHOWN.plusSeconds(5));
		assertThat(stamps.shownAt("abc", stamps.keep("abc", "forged"))).isEqualTo(SHOWN.plusSeconds(5));
	}

	@Test
	void theBurstMemoryCountsWithinItsWindowPerDeviceAndAnswers() {
		TestClock clock = new TestClock();
		clock.set(SHOWN);
		BurstMemory memory = new BurstMemory(Duration.ofMinutes(10), clock);
		assertThat(memory.note("10.0.0.1", "f")).isEqualTo(1);
		assertThat(memory.note("10.0.0.1", "f")).isEqualTo(2);
		assertThat(memory.note("10.0.0.2", "f")).as("another device").isEqualTo(1);
		assertThat(memory.note("10.0.0.1", "g")).as("other answers").isEqualTo(1);
		clock.set(SHOWN.plus(Duration.ofMinutes(9)));
		assertThat(memory.note("10.0.0.1", "f")).isEqualTo(3);
		clock.set(SHOWN.plus(Duration.ofMinutes(11)));
		assertThat(memory.note("10.0.0.1", "f")).as("the first two are out of the window").isEqualTo(2);
	}

	private static List<Answer> levels(int level, int count) {
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			answers.add(new Answer("Q" + i, level, null));
		}
		return answers;
	}

}
