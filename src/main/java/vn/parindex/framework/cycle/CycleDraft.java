package vn.parindex.framework.cycle;

import java.util.Map;

/**
 * A new period as entered: a draft may leave frameworks and phases out.
 *
 * @param year the evaluated year
 * @param name its name, such as "Kỳ đánh giá Chỉ số CCHC năm 2025"
 * @param frameworks peer group id to framework id
 * @param phases the phases that are set
 */
public record CycleDraft(int year, String name, Map<Long, Long> frameworks, Map<Phase, PhaseWindow> phases) {
}
