package vn.parindex.framework;

/**
 * When bonus and penalty points are applied to a unit's result.
 */
public enum BonusStage {

	/** Added to the points, then the % is computed. */
	BEFORE_PERCENT,
	/** Added to the % once it is computed. */
	AFTER_PERCENT

}
