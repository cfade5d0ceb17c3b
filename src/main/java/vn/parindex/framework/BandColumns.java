package vn.parindex.framework;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A band as stored in {@code framework_band}.
 */
@Embeddable
class BandColumns {

	private String code = "";

	private String labelVi = "";

	private String labelEn = "";

	@Column(name = "lower_bound")
	private BigDecimal lower = BigDecimal.ZERO;

	private boolean lowerInclusive;

	protected BandColumns() {
	}

	BandColumns(Band band) {
		this.code = band.code();
		this.labelVi = band.labelVi();
		this.labelEn = band.labelEn();
		this.lower = band.lower();
		this.lowerInclusive = band.lowerInclusive();
	}

	Band band() {
		return new Band(this.code, this.labelVi, this.labelEn, this.lower, this.lowerInclusive);
	}

}
