package vn.parindex.organisation;

/**
 * The kind of evaluated unit; each kind gets its own criteria framework. Names come from
 * the message bundles ({@code organisation.type.DEPARTMENT}).
 */
public enum UnitType {

	/** Sở, ban, ngành. */
	DEPARTMENT,
	/** UBND thành phố thuộc tỉnh (district level, until 30/06/2025). */
	CITY_DISTRICT,
	/** UBND huyện (until 30/06/2025). */
	RURAL_DISTRICT,
	/** UBND phường (from 01/07/2025). */
	WARD,
	/** UBND xã (from 01/07/2025). */
	COMMUNE

}
