package vn.parindex.framework;

import org.jspecify.annotations.Nullable;

/**
 * One classification band as typed.
 *
 * @param code a stable code such as {@code XUAT_SAC}
 * @param labelVi the Vietnamese label
 * @param labelEn the English label
 * @param lower the lower bound in %
 * @param lowerInclusive whether a result exactly at the bound is in the band
 */
record BandRow(@Nullable String code, @Nullable String labelVi, @Nullable String labelEn, @Nullable String lower,
		@Nullable Boolean lowerInclusive) implements FormRow {

	static BandRow of(Band band) {
		return new BandRow(band.code(), band.labelVi(), band.labelEn(), FormText.show(band.lower()),
				band.lowerInclusive());
	}

	static BandRow blank() {
		return new BandRow(null, null, null, null, true);
	}

	@Override
	public boolean isBlank() {
		return FormText.text(this.code) == null && FormText.text(this.labelVi) == null
				&& FormText.text(this.lower) == null;
	}

}
