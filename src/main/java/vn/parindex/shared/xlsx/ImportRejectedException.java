package vn.parindex.shared.xlsx;

import java.util.List;

import vn.parindex.shared.BusinessRuleException;

/**
 * An import with at least one bad row: nothing was applied, and every error is listed.
 */
public class ImportRejectedException extends BusinessRuleException {

	private final List<ImportError> errors;

	public ImportRejectedException(List<ImportError> errors) {
		super("import.rejected", errors.size());
		this.errors = List.copyOf(errors);
	}

	/**
	 * A rejection with more errors than listed: the headline counts them all, the list
	 * holds the first ones.
	 */
	public ImportRejectedException(List<ImportError> listed, int total) {
		super("import.rejected", total);
		this.errors = List.copyOf(listed);
	}

	public List<ImportError> errors() {
		return this.errors;
	}

}
