package vn.parindex.framework;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.Tier;

/**
 * One tier as typed: from {@code from} (inclusive or not) up to {@code to} (inclusive or
 * not; open when blank), earning {@code points}.
 */
record TierRow(@Nullable String from, @Nullable Boolean fromInclusive, @Nullable String to,
		@Nullable Boolean toInclusive, @Nullable String points) implements FormRow {

	static TierRow of(Tier tier) {
		return new TierRow(FormText.show(tier.from()), tier.fromInclusive(), FormText.show(tier.to()),
				tier.toInclusive(), FormText.show(tier.points()));
	}

	static TierRow blank() {
		return new TierRow(null, true, null, false, null);
	}

	@Override
	public boolean isBlank() {
		return FormText.text(this.from) == null && FormText.text(this.to) == null && FormText.text(this.points) == null;
	}

	Map<String, Object> params() {
		return new FormParams().number(FormText.isTrue(this.fromInclusive) ? "gte" : "gt", this.from)
			.number(FormText.isTrue(this.toInclusive) ? "lte" : "lt", this.to)
			.number("points", this.points)
			.map();
	}

}
