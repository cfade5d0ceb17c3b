package vn.parindex.assessment;

import java.time.Instant;

import vn.parindex.shared.Formats;
import vn.parindex.shared.StaleVersionException;

/**
 * Someone saved the leaf after this form was loaded; nothing was overwritten. The screen
 * shows the value now stored, read afresh.
 */
public class EntryConflictException extends StaleVersionException {

	private final String code;

	private final String savedBy;

	private final String savedAt;

	EntryConflictException(String code, String savedBy, Instant savedAt) {
		super("assessment-entry", code);
		this.code = code;
		this.savedBy = savedBy;
		this.savedAt = Formats.dateTime(savedAt);
	}

	/** The leaf's code. */
	public String code() {
		return this.code;
	}

	/** Who saved the value now stored. */
	public String savedBy() {
		return this.savedBy;
	}

	/** When, as the screen shows it. */
	public String savedAt() {
		return this.savedAt;
	}

}
