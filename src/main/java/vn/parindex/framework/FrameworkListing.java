package vn.parindex.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.jspecify.annotations.Nullable;

/**
 * The framework list grouped by year, newest first, each row with its validity and the
 * framework it was cloned from.
 *
 * @param years every year that has a framework, for the filter
 * @param year the year shown, or null for all
 * @param groups the rows by year
 */
record FrameworkListing(List<Integer> years, @Nullable Integer year, List<YearGroup> groups) {

	static FrameworkListing of(List<FrameworkRow> all, @Nullable Integer year, LongPredicate valid) {
		Map<Long, FrameworkRow> byId = new LinkedHashMap<>();
		all.forEach((row) -> byId.put(row.id(), row));
		Map<Integer, List<Item>> byYear = new LinkedHashMap<>();
		for (FrameworkRow row : all) {
			if (year == null || row.year() == year) {
				FrameworkRow source = (row.clonedFromId() != null) ? byId.get(row.clonedFromId()) : null;
				byYear.computeIfAbsent(row.year(), (key) -> new ArrayList<>())
					.add(new Item(row, valid.test(row.id()), source));
			}
		}
		List<YearGroup> groups = new ArrayList<>();
		byYear.forEach((key, items) -> groups.add(new YearGroup(key, items)));
		return new FrameworkListing(all.stream().map(FrameworkRow::year).distinct().toList(), year, groups);
	}

	/** The year filter typed: a number, or null for all years (also for a typo). */
	static @Nullable Integer year(@Nullable String text) {
		try {
			return (text != null && !text.isBlank()) ? Integer.valueOf(text.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	/** The frameworks of one year. */
	record YearGroup(int year, List<Item> items) {
	}

	/**
	 * One framework as listed.
	 *
	 * @param row the framework
	 * @param valid whether validation finds no fault
	 * @param clonedFrom the framework it was cloned from, if it still exists
	 */
	record Item(FrameworkRow row, boolean valid, @Nullable FrameworkRow clonedFrom) {
	}

}
