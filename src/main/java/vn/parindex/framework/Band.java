package vn.parindex.framework;

import java.math.BigDecimal;

import vn.parindex.framework.rule.Num;

/**
 * A classification band (xếp loại): results from {@code lower} up to the next band's
 * lower bound fall in it.
 *
 * @param code a stable code, such as {@code XUAT_SAC}
 * @param labelVi the Vietnamese label
 * @param labelEn the English label
 * @param lower the lower bound in %
 * @param lowerInclusive whether a result exactly at the bound is in this band
 */
public record Band(String code, String labelVi, String labelEn, BigDecimal lower, boolean lowerInclusive) {

	public Band {
		lower = Num.of(lower);
	}

	public boolean contains(BigDecimal percent, @org.jspecify.annotations.Nullable Band above) {
		int low = percent.compareTo(this.lower);
		if (low < 0 || (low == 0 && !this.lowerInclusive)) {
			return false;
		}
		return above == null || !above.admits(percent);
	}

	private boolean admits(BigDecimal percent) {
		int low = percent.compareTo(this.lower);
		return low > 0 || (low == 0 && this.lowerInclusive);
	}

}
