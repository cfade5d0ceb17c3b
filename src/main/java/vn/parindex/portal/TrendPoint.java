package vn.parindex.portal;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.UnitResult;

/**
 * A unit's published result in one year.
 *
 * @param publication the publication it is from
 * @param result the unit's result there
 * @param shown whether it is the year of the page
 */
record TrendPoint(Publication publication, UnitResult result, boolean shown) {
}
