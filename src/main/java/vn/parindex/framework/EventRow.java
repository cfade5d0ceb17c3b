package vn.parindex.framework;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.PenaltyEvent;

/**
 * One kind of violation of a penalty rule as typed.
 */
record EventRow(@Nullable String code, @Nullable String name, @Nullable String points,
		@Nullable Boolean perCase) implements FormRow {

	static EventRow of(PenaltyEvent event) {
		return new EventRow(event.code(), event.nameVi(), FormText.show(event.points()), event.perCase());
	}

	static EventRow blank() {
		return new EventRow(null, null, null, false);
	}

	@Override
	public boolean isBlank() {
		return FormText.text(this.code) == null && FormText.text(this.name) == null
				&& FormText.text(this.points) == null;
	}

	Map<String, Object> params() {
		return new FormParams().text("code", this.code)
			.text("name_vi", this.name)
			.number("points", this.points)
			.put("per_case", FormText.isTrue(this.perCase))
			.map();
	}

}
