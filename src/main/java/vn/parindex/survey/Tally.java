package vn.parindex.survey;

import java.util.Arrays;

/**
 * How many valid answers gave each level of the 5-level scale, from 1 "rất không hài
 * lòng" to 5 "rất hài lòng". Blank and "không trả lời" answers are not valid and are not
 * counted.
 *
 * @param counts five counts, level 1 first
 */
public record Tally(long[] counts) {

	public static final int LEVELS = 5;

	public Tally {
		if (counts.length != LEVELS || Arrays.stream(counts).anyMatch((count) -> count < 0)) {
			throw new IllegalArgumentException("A tally has five counts of 0 or more: " + Arrays.toString(counts));
		}
		counts = counts.clone();
	}

	/** The counts of levels 1 to 5. */
	public static Tally of(long veryDissatisfied, long dissatisfied, long neutral, long satisfied, long verySatisfied) {
		return new Tally(new long[] { veryDissatisfied, dissatisfied, neutral, satisfied, verySatisfied });
	}

	public long count(int level) {
		return this.counts[level - 1];
	}

	/** All valid answers. */
	public long valid() {
		return Arrays.stream(this.counts).sum();
	}

	/** Levels 4 and 5: hài lòng and rất hài lòng. */
	public long satisfied() {
		return count(4) + count(5);
	}

	/** Level 3: bình thường. */
	public long neutral() {
		return count(3);
	}

	/** Levels 1 and 2. */
	public long dissatisfied() {
		return count(1) + count(2);
	}

	/** The sum of the levels given, for the mean. */
	long levelSum() {
		long sum = 0;
		for (int level = 1; level <= LEVELS; level++) {
			sum += level * count(level);
		}
		return sum;
	}

	/** The sum of the squared levels given, for the variance. */
	long levelSquareSum() {
		long sum = 0;
		for (int level = 1; level <= LEVELS; level++) {
			sum += (long) level * level * count(level);
		}
		return sum;
	}

	public Tally plus(Tally other) {
		long[] sum = new long[LEVELS];
		Arrays.setAll(sum, (i) -> this.counts[i] + other.counts[i]);
		return new Tally(sum);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Tally tally && Arrays.equals(this.counts, tally.counts);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.counts);
	}

	@Override
	public String toString() {
		return "Tally" + Arrays.toString(this.counts);
	}

}
