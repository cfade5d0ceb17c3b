package vn.parindex.portal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import vn.parindex.scoring.FieldResult;

/**
 * A unit's result in one field next to its peer group's average.
 *
 * @param field the unit's result in the field
 * @param average the group's average % in the field; null when the field has no maximum
 */
record FieldRow(FieldResult field, @Nullable BigDecimal average) {

	/** Whether the field is a scored one, with a maximum and a %. */
	public boolean scored() {
		return this.field.percent() != null;
	}

}
