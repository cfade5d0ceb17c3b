package vn.parindex.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

final class Validity {

	private Validity() {
	}

	static void check(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BusinessRuleException("organisation.unit.validity-reversed");
		}
	}

}
