package vn.parindex.assessment;

import java.util.Map;

/**
 * What a unit set out to remedy after an earlier year's results, per leaf, so its next
 * self-assessment can show it under each leaf. Implemented by a module that knows the
 * plans; the workspace works without one.
 */
public interface PriorRemediation {

	/**
	 * The items of the unit's most recent plan from a year before {@code year}, by leaf
	 * code; empty when it has none.
	 * @param unitId the unit
	 * @param year the year being self-assessed
	 */
	Map<String, PriorItem> forUnit(long unitId, int year);

}
