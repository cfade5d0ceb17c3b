package vn.parindex.scoring;

import java.math.BigDecimal;

/**
 * A leaf where the units of a publication lost the most points in total. Leaves are
 * grouped by code and name together, so the same criterion in the frameworks of two peer
 * groups counts once, while two different criteria that share a code in different
 * frameworks stay apart.
 *
 * @param code the leaf's code
 * @param name its name
 * @param max its maximum (the largest, should two frameworks differ)
 * @param totalLost the points all units lost on it
 * @param units how many units lost points on it
 */
public record LeafLoss(String code, String name, BigDecimal max, BigDecimal totalLost, int units) {
}
