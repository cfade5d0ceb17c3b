package vn.parindex.remediation;

import java.math.BigDecimal;

/**
 * A unit that met an award's conditions but is not proposed because it had points
 * deducted, so the Sở Nội vụ sees why a high unit is absent.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param groupName its peer group
 * @param percent its index %
 * @param penalty the points deducted (negative)
 * @param award the award it would have had
 */
record AwardExclusion(long unitId, String unitName, String groupName, BigDecimal percent, BigDecimal penalty,
		String award) {
}
