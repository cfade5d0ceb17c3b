package vn.parindex.scoring;

import vn.parindex.shared.BusinessRuleException;

/**
 * Hypothetical points the simulator refuses (unknown leaf, out of range, too many
 * decimals); the message names the leaf. Shown as 422.
 */
public class SimulationRejectedException extends BusinessRuleException {

	public SimulationRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
