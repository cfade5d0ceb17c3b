package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A unit's result in a period whose points were imported, down to each leaf, for the
 * explain view.
 *
 * @param cycleId the period
 * @param cycleName its name
 * @param unitCode the unit's code
 * @param result the computed result
 * @param source the import it comes from
 * @param leaves every leaf in tree order
 */
public record ImportedUnit(long cycleId, String cycleName, String unitCode, UnitResult result, ResultsImport source,
		List<Leaf> leaves) {

	/**
	 * One leaf as imported.
	 *
	 * @param code its code
	 * @param name its name
	 * @param max its maximum
	 * @param points the official points, null when N/A
	 * @param notApplicable whether it does not apply
	 * @param note the source's remark
	 */
	public record Leaf(String code, String name, @Nullable BigDecimal max, @Nullable BigDecimal points,
			boolean notApplicable, @Nullable String note) {
	}

}
