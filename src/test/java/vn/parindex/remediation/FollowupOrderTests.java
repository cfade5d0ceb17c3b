package vn.parindex.remediation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share done of a plan and the orders of the follow-up table.
 */
class FollowupOrderTests {

	private static final FollowupUnit EMPTY = unit("A", "Sở Tư pháp", 0, 0, 0);

	private static final FollowupUnit THIRD = unit("B", "Sở Y tế", 3, 1, 2);

	private static final FollowupUnit HALF = unit("C", "Sở Công Thương", 4, 2, 0);

	@Test
	void theShareDoneHasTwoDecimalsAndNoneWithoutItems() {
		assertThat(THIRD.percent()).isEqualByComparingTo("33.33");
		assertThat(HALF.percent()).isEqualByComparingTo("50");
		assertThat(EMPTY.percent()).isNull();
	}

	@Test
	void theLowestShareComesFirstAndPlansWithoutItemsLast() {
		assertThat(sorted(FollowupSort.PERCENT)).containsExactly(THIRD, HALF, EMPTY);
		assertThat(sorted(FollowupSort.OVERDUE)).containsExactly(THIRD, HALF, EMPTY);
		assertThat(sorted(FollowupSort.UNIT)).containsExactly(HALF, EMPTY, THIRD);
		FollowupUnit home = unit("D", "Sở Nội vụ", 1, 1, 0);
		FollowupUnit culture = unit("E", "Sở Văn hóa", 1, 1, 0);
		FollowupUnit transport = unit("F", "Sở Đường bộ", 1, 1, 0);
		assertThat(List.of(transport, culture, home).stream().sorted(FollowupManagement.order(FollowupSort.UNIT)))
			.containsExactly(transport, home, culture);
	}

	@Test
	void anUnknownSortIsByShare() {
		assertThat(FollowupSort.of("overdue")).isEqualTo(FollowupSort.OVERDUE);
		assertThat(FollowupSort.of("x")).isEqualTo(FollowupSort.PERCENT);
		assertThat(FollowupSort.of(null)).isEqualTo(FollowupSort.PERCENT);
	}

	private static List<FollowupUnit> sorted(FollowupSort sort) {
		return List.of(EMPTY, HALF, THIRD).stream().sorted(FollowupManagement.order(sort)).toList();
	}

	private static FollowupUnit unit(String code, String name, int total, int done, int overdue) {
		return new FollowupUnit(code.hashCode(), code.hashCode(), code, name, PlanStatus.DRAFT, null, total, done, 0,
				overdue);
	}

}
