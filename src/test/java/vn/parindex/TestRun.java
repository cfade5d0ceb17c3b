package vn.parindex;

/**
 * Names that are unique to one test run, so the suite can run again and again against the
 * same external PostgreSQL without tripping over the rows of earlier runs.
 */
public final class TestRun {

	/** Six base-36 characters of the run's start time; fits in every code column. */
	public static final String SUFFIX = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36).toUpperCase();

	private TestRun() {
	}

	/** {@code prefix_SUFFIX}, for unit codes. */
	public static String code(String prefix) {
		return prefix + "_" + SUFFIX;
	}

}
