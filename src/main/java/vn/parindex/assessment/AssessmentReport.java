package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The unit's self-assessment report (báo cáo tự đánh giá) as exported to xlsx and PDF:
 * the header, the totals and one line per node of the framework tree, in tree order.
 *
 * @param unitName the unit's Vietnamese name
 * @param unitCode the unit's code
 * @param cycleName the period's name
 * @param year the period's year
 * @param frameworkName the framework's Vietnamese name
 * @param status the assessment's state, as a message key
 * ({@code assessment.status.DRAFT}…)
 * @param submittedAt when it was submitted, null while a draft
 * @param submittedBy who submitted it, null while a draft
 * @param selfTotal the self-score total over the applicable leaves
 * @param applicableMax the maximum of the applicable leaves (N/A leaves removed)
 * @param percent selfTotal ÷ applicableMax × 100, two decimals
 * @param done leaves done
 * @param total leaves to do
 * @param lines the tree, one line per node
 * @param generatedAt when the report was made
 */
public record AssessmentReport(String unitName, String unitCode, String cycleName, int year, String frameworkName,
		String status, @Nullable Instant submittedAt, @Nullable String submittedBy, BigDecimal selfTotal,
		BigDecimal applicableMax, BigDecimal percent, int done, int total, List<Line> lines, Instant generatedAt) {

	public AssessmentReport {
		lines = List.copyOf(lines);
	}

	/**
	 * One node of the tree.
	 *
	 * @param code the node's code, e.g. {@code 1.2.3}
	 * @param level 1 for a field, 2 for a criterion…
	 * @param name the Vietnamese name
	 * @param leaf whether it is a leaf (sub-criterion) carrying a self-score
	 * @param maxPoints its maximum points
	 * @param selfPoints the self-score: the sum of its leaves for a parent, null while
	 * unscored
	 * @param inputs the unit's inputs in words, e.g. "Tử số 45; Mẫu số 50"; empty for
	 * parents
	 * @param naClaimed whether the unit claims N/A (không áp dụng)
	 * @param naReason the reason of the claim
	 * @param explanation the unit's explanation (thuyết minh)
	 * @param evidence one line per evidence document: number, date, issuer, file name
	 */
	public record Line(String code, int level, String name, boolean leaf, @Nullable BigDecimal maxPoints,
			@Nullable BigDecimal selfPoints, String inputs, boolean naClaimed, @Nullable String naReason,
			@Nullable String explanation, List<String> evidence) {

		public Line {
			evidence = List.copyOf(evidence);
		}

	}

}
