package vn.parindex.remediation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parindex.scoring.PublishedResults;
import vn.parindex.shared.BusinessRuleException;

/**
 * The rules for regenerating proposals and for publishing the list.
 * <p>
 * Regenerating recomputes from the period's current publication with the current rules:
 * undecided proposals are dropped and proposed anew; a decision (confirmed or removed) is
 * kept when the unit still gets the same award (its reason and publication are
 * refreshed); a decided unit that now gets another award is proposed again for it, the
 * decision dropped; a decided unit that no longer gets any award keeps its line and
 * decision but is flagged ("không còn đủ điều kiện"), and a flagged confirmed unit blocks
 * publishing until it is removed.
 */
@Component
class AwardDecisions {

	private final AwardStore store;

	AwardDecisions(AwardStore store) {
		this.store = store;
	}

	AwardGeneration generate(long cycleId, PublishedResults current, List<AwardRule> rules) {
		AwardEvaluation evaluation = AwardRules.evaluate(rules, current.snapshot());
		this.store.deleteUndecided(cycleId);
		Map<Long, AwardProposal> decided = new HashMap<>();
		this.store.proposals(cycleId).forEach((proposal) -> decided.put(proposal.unitId(), proposal));
		long publicationId = current.publication().id();
		int proposed = 0;
		int kept = 0;
		for (AwardCandidate candidate : evaluation.candidates()) {
			AwardProposal existing = decided.remove(candidate.unitId());
			if (existing == null) {
				this.store.insertProposal(cycleId, publicationId, candidate);
				proposed++;
			}
			else if (existing.award().equals(candidate.award())) {
				this.store.refresh(existing.id(), publicationId, candidate.reason());
				kept++;
			}
			else {
				this.store.repropose(existing.id(), publicationId, candidate);
				proposed++;
			}
		}
		return new AwardGeneration(proposed, kept, decided.size());
	}

	void checkPublishable(AwardPeriodView view) {
		if (view.count(AwardStatus.PROPOSED) > 0) {
			throw new BusinessRuleException("remediation.awards.publish.undecided", view.count(AwardStatus.PROPOSED));
		}
		if (view.count(AwardStatus.CONFIRMED) == 0) {
			throw new BusinessRuleException("remediation.awards.publish.none-confirmed");
		}
		if (view.staleConfirmed() > 0) {
			throw new BusinessRuleException("remediation.awards.publish.stale", view.staleConfirmed());
		}
	}

}
