package vn.parindex.remediation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.scoring.Publication;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.LockedException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * Award proposals after publication: the Sở Nội vụ (ADMIN) sets a period's award rules,
 * generates the proposals from the current publication, confirms or removes each, and
 * publishes the confirmed list on the portal; after that the period's rules and proposals
 * are locked. Provincial leaders (VIEWER) read. Every change is audited.
 */
@Service
@Transactional
public class AwardManagement {

	static final int MAX_NOTE = 2000;

	private final AwardStore store;

	private final AwardViews views;

	private final AwardDecisions decisions;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AwardManagement(AwardStore store, AwardViews views, AwardDecisions decisions, CurrentActor actor,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.views = views;
		this.decisions = decisions;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** The periods with published results, newest first. */
	@Transactional(readOnly = true)
	public List<Publication> periods() {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.views.periods();
	}

	/**
	 * A period's rules, proposals and exclusions. When an ADMIN opens a period without
	 * rules, the two default rules are added.
	 */
	AwardPeriodView period(long cycleId) {
		Actor who = this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		this.views.current(cycleId);
		if (who.hasRole(Role.ADMIN) && this.store.rules(cycleId).isEmpty() && this.store.list(cycleId).isEmpty()) {
			this.store.seed(cycleId, AwardRule.DEFAULTS);
			this.events.publishEvent(AwardChanged.list("SEED_RULES", cycleId, null, AwardRule.DEFAULTS));
		}
		return this.views.period(cycleId);
	}

	@Transactional(readOnly = true)
	AwardRow row(long cycleId, long proposalId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.views.row(cycleId, proposalId);
	}

	/** The list as it stands, for the PDF: the published one, or the draft. */
	@Transactional(readOnly = true)
	public AwardList list(long cycleId) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.views.list(cycleId);
	}

	long addRule(long cycleId, AwardRuleForm form) {
		requireEditable(cycleId);
		AwardRule rule = form.toRule(0, 0);
		long id = this.store.addRule(cycleId, rule);
		this.events.publishEvent(AwardChanged.rule("ADD", id, null, rule));
		return id;
	}

	void updateRule(long cycleId, long ruleId, AwardRuleForm form) {
		requireEditable(cycleId);
		AwardRule before = rule(cycleId, ruleId);
		AwardRule after = form.toRule(ruleId, before.position());
		this.store.updateRule(cycleId, after);
		this.events.publishEvent(AwardChanged.rule("UPDATE", ruleId, before, after));
	}

	void deleteRule(long cycleId, long ruleId) {
		requireEditable(cycleId);
		AwardRule before = rule(cycleId, ruleId);
		this.store.deleteRule(cycleId, ruleId);
		this.events.publishEvent(AwardChanged.rule("DELETE", ruleId, before, null));
	}

	/**
	 * Moves the rule one place up ({@code -1}) or down ({@code +1}); at an end, nothing.
	 */
	void moveRule(long cycleId, long ruleId, int direction) {
		requireEditable(cycleId);
		List<AwardRule> rules = this.store.rules(cycleId);
		AwardRule rule = rule(cycleId, ruleId);
		int index = rules.indexOf(rule) + Integer.signum(direction);
		if (index < 0 || index >= rules.size()) {
			return;
		}
		this.store.swap(rule, rules.get(index));
		this.events.publishEvent(AwardChanged.rule("MOVE", ruleId, Map.of("position", rule.position()),
				Map.of("position", rules.get(index).position())));
	}

	/**
	 * Recomputes the proposals from the current publication; see
	 * {@link AwardDecisions#generate}.
	 */
	AwardGeneration generate(long cycleId) {
		requireEditable(cycleId);
		PublishedResults current = this.views.current(cycleId);
		List<AwardRule> rules = this.store.rules(cycleId);
		if (rules.isEmpty()) {
			throw new BusinessRuleException("remediation.awards.no-rules");
		}
		AwardGeneration generation = this.decisions.generate(cycleId, current, rules);
		this.events.publishEvent(AwardChanged.list("GENERATE", cycleId, null, generation));
		return generation;
	}

	/** Keeps the unit on the list; the note is optional. */
	AwardRow confirm(long cycleId, long proposalId, long version, @Nullable String note) {
		return decide(cycleId, proposalId, version, AwardStatus.CONFIRMED, note);
	}

	/** Takes the unit off the list; the note saying why is required. */
	AwardRow remove(long cycleId, long proposalId, long version, @Nullable String note) {
		if (note == null || note.isBlank()) {
			throw new BusinessRuleException("remediation.awards.note-required");
		}
		return decide(cycleId, proposalId, version, AwardStatus.REMOVED, note);
	}

	/** Publishes the confirmed units on the portal and locks the period's awards. */
	void publish(long cycleId) {
		Actor who = requireEditable(cycleId);
		AwardPeriodView view = this.views.period(cycleId);
		this.decisions.checkPublishable(view);
		Instant now = this.clock.instant();
		long publicationId = view.publication().id();
		this.store.publishList(cycleId, publicationId, who.username(), now);
		this.events.publishEvent(AwardChanged.list("PUBLISH", cycleId, null,
				Map.of("publicationId", publicationId, "confirmed", view.count(AwardStatus.CONFIRMED))));
		this.events.publishEvent(new AwardListPublished(cycleId, publicationId, now));
	}

	private AwardRow decide(long cycleId, long proposalId, long version, AwardStatus status, @Nullable String note) {
		Actor who = requireEditable(cycleId);
		String text = (note != null && !note.isBlank()) ? note.strip() : null;
		if (text != null && text.length() > MAX_NOTE) {
			throw new BusinessRuleException("remediation.awards.note-too-long", MAX_NOTE);
		}
		AwardProposal before = this.store.proposal(cycleId, proposalId)
			.orElseThrow(() -> new NotFoundException("award-proposal", proposalId));
		this.store.decide(before.withVersion(version), status, text, who.username(), this.clock.instant());
		this.events.publishEvent(AwardChanged.proposal(status.name(), proposalId, before,
				Map.of("status", status.name(), "note", (text != null) ? text : "")));
		return this.views.row(cycleId, proposalId);
	}

	private AwardRule rule(long cycleId, long ruleId) {
		return this.store.rules(cycleId)
			.stream()
			.filter((rule) -> rule.id() == ruleId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("award-rule", ruleId));
	}

	private Actor requireEditable(long cycleId) {
		Actor who = this.actor.requireRole(Role.ADMIN);
		if (this.store.list(cycleId).isPresent()) {
			throw new LockedException("remediation.awards.locked");
		}
		return who;
	}

}
