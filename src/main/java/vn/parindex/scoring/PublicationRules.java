package vn.parindex.scoring;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

/**
 * The rules of a publication's form: a complete decision, and a reason for a correction.
 */
final class PublicationRules {

	private PublicationRules() {
	}

	static void requireDecision(ResultsSnapshot.Decision decision) {
		if (decision.number().isBlank() || decision.number().length() > 100 || decision.signer().isBlank()
				|| decision.signer().length() > 200) {
			throw new BusinessRuleException("scoring.publish.decision-required");
		}
	}

	/** The correction's reason, required from the second publication on. */
	static @Nullable String reason(int seq, @Nullable String reason) {
		String text = (reason == null) ? "" : reason.strip();
		if (seq > 1 && (text.isEmpty() || text.length() > 2000)) {
			throw new BusinessRuleException("scoring.publish.reason-required");
		}
		return (seq > 1) ? text : null;
	}

}
