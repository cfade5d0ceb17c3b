package vn.parindex.survey;

import java.math.BigDecimal;

/**
 * The split of valid answers, in % rounded half up to 2 decimals each (so the three may
 * add up to 99,99 or 100,01).
 *
 * @param satisfied levels 4–5, hài lòng
 * @param neutral level 3, bình thường
 * @param dissatisfied levels 1–2, không hài lòng
 */
public record Distribution(BigDecimal satisfied, BigDecimal neutral, BigDecimal dissatisfied) {
}
