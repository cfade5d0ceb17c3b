package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Figures of one peer group over its ranked units (units scored but not ranked are left
 * out, like from the ranking).
 *
 * @param peerGroupId the peer group
 * @param units how many units the figures cover
 * @param average the mean index %; null without units
 * @param median the median index % (the mean of the two middle values for an even count);
 * null without units
 * @param perBand the number of units per band code, every band of the framework present,
 * in the framework's order from the top band
 * @param highestUnitId the unit first in the ranking; null without units
 * @param lowestUnitId the unit last in the ranking; null without units
 */
public record GroupFigures(long peerGroupId, int units, @Nullable BigDecimal average, @Nullable BigDecimal median,
		Map<String, Integer> perBand, @Nullable Long highestUnitId, @Nullable Long lowestUnitId) {

	public GroupFigures {
		perBand = Collections.unmodifiableMap(new LinkedHashMap<>(perBand));
	}

}
