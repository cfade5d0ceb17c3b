package vn.parindex.remediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.scoring.Publication;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;
import vn.parindex.shared.StaleVersionException;

/**
 * Remediation plans: a unit's officers and leader complete and follow up their own plan,
 * the leader submits it, the Sở Nội vụ (ADMIN) reads every plan and returns one with a
 * note, VIEWER reads. Every change is audited.
 */
@Service
@Transactional
public class RemediationManagement {

	private final Plans plans;

	private final ItemEvidences files;

	private final PlanAccess access;

	private final PlanViews views;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RemediationManagement(Plans plans, ItemEvidences files, PlanAccess access, PlanViews views,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.files = files;
		this.access = access;
		this.views = views;
		this.events = events;
		this.clock = clock;
	}

	/** The plans the actor may read: a unit's own across periods, or all of a period. */
	@Transactional(readOnly = true)
	public List<PlanRow> plans(@Nullable Long cycleId) {
		Actor actor = this.access.list();
		if (actor.hasRole(Role.ADMIN, Role.VIEWER)) {
			return this.views.list(null, cycleId);
		}
		return (actor.unitId() != null) ? this.views.list(actor.unitId(), cycleId) : List.of();
	}

	/** The published periods that have plans, newest first, for the list's filter. */
	@Transactional(readOnly = true)
	public List<Publication> periods() {
		this.access.list();
		return this.views.periods(this.views.cyclesWithPlans());
	}

	/**
	 * A plan with its lines and the unit's published result, if the actor may read it.
	 */
	@Transactional(readOnly = true)
	public PlanView plan(long id) {
		return plan(id, true);
	}

	/**
	 * A plan with its lines but without the published result (not read from the
	 * snapshot), for the row answered after each save.
	 */
	@Transactional(readOnly = true)
	public PlanView lines(long id) {
		return plan(id, false);
	}

	private PlanView plan(long id, boolean figures) {
		PlanQueries.Stored plan = this.views.stored(id);
		Actor actor = this.access.read(plan.unitId());
		boolean own = this.access.mayEdit(actor, plan.unitId());
		boolean draft = plan.status() == PlanStatus.DRAFT;
		return this.views.view(plan, new PlanView.Permissions(own && draft, own,
				own && draft && actor.hasRole(Role.UNIT_LEADER), actor.hasRole(Role.ADMIN) && !draft), figures);
	}

	/** Adds a line of the unit's own to a draft; its id. */
	public long addItem(long planId, String name) {
		Plan plan = edited(planId);
		Item item = plan.addOwn(requiredName(name));
		this.plans.flush();
		this.events.publishEvent(new PlanChanged("ADD_ITEM", planId, null, item.snapshot()));
		return item.id();
	}

	/**
	 * Saves a line: in a draft its content and evidence note, after submission only the
	 * evidence note.
	 */
	public void editItem(long planId, long itemId, ItemForm form, @Nullable String evidenceNote) {
		Plan plan = edited(planId);
		ItemSnapshot before = plan.item(itemId, form.version()).snapshot();
		if (plan.status() == PlanStatus.DRAFT) {
			if (form.subUnitId() != null && !this.views.activeSubUnits(plan.unitId()).contains(form.subUnitId())) {
				throw new BusinessRuleException("remediation.plan.item.sub-unit-unknown");
			}
			plan.edit(itemId, form);
		}
		Item item = plan.noteEvidence(itemId, form.version(), evidenceNote);
		changed("EDIT_ITEM", planId, before, item);
	}

	/** Starts, completes or reopens a line. */
	public void changeStatus(long planId, long itemId, long version, ItemStatus target) {
		Plan plan = edited(planId);
		ItemSnapshot before = plan.item(itemId, version).snapshot();
		int files = this.files.countByItemId(itemId);
		Item item = plan.changeStatus(itemId, version, target, files, LocalDate.now(this.clock));
		changed("STATUS_" + target.name(), planId, before, item);
	}

	/** Deletes a line the unit added; the others are numbered again. */
	public void removeItem(long planId, long itemId, long version) {
		Plan plan = edited(planId);
		if (this.files.countByItemId(itemId) > 0) {
			throw new BusinessRuleException("remediation.plan.item.has-evidence");
		}
		ItemSnapshot before = plan.remove(itemId, version).snapshot();
		renumber(plan, this.plans);
		this.events.publishEvent(new PlanChanged("REMOVE_ITEM", planId, before, null));
	}

	/** The leader sends the plan to the Sở Nội vụ. */
	public void submit(long planId, long version) {
		Plan plan = load(planId, version);
		Actor actor = this.access.submit(plan.unitId());
		PlanSnapshot before = plan.snapshot();
		Instant now = this.clock.instant();
		plan.submit(actor.username(), now);
		this.plans.flush();
		this.events.publishEvent(new PlanChanged("SUBMIT", planId, before, plan.snapshot()));
		this.events.publishEvent(new PlanSubmitted(planId, plan.cycleId(), plan.unitId(), actor.username(), now));
	}

	/** The Sở Nội vụ returns a submitted plan to the unit with what to change. */
	public void returnPlan(long planId, long version, @Nullable String note) {
		Actor actor = this.access.returnPlan();
		Plan plan = load(planId, version);
		PlanSnapshot before = plan.snapshot();
		Instant now = this.clock.instant();
		plan.returnToUnit(actor.username(), note, now);
		this.plans.flush();
		PlanSnapshot after = plan.snapshot();
		this.events.publishEvent(new PlanChanged("RETURN", planId, before, after));
		this.events.publishEvent(new PlanReturned(planId, plan.cycleId(), plan.unitId(), actor.username(),
				String.valueOf(after.returnNote()), now));
	}

	/**
	 * Renumbers after lines were removed: parked on negative numbers first, so no two
	 * lines share a number at any flush.
	 */
	static void renumber(Plan plan, Plans plans) {
		plans.flush();
		plan.renumber(true);
		plans.flush();
		plan.renumber(false);
		plans.flush();
	}

	private void changed(String action, long planId, ItemSnapshot before, Item item) {
		this.plans.flush();
		this.events.publishEvent(new PlanChanged(action, planId, before, item.snapshot()));
	}

	private Plan edited(long planId) {
		Plan plan = this.plans.findById(planId).orElseThrow(() -> new NotFoundException("remediation-plan", planId));
		this.access.edit(plan.unitId());
		return plan;
	}

	private Plan load(long planId, long version) {
		Plan plan = this.plans.findById(planId).orElseThrow(() -> new NotFoundException("remediation-plan", planId));
		this.access.read(plan.unitId());
		if (plan.version() != version) {
			throw new StaleVersionException("remediation-plan", planId);
		}
		return plan;
	}

	private static String requiredName(@Nullable String name) {
		String text = ItemForm.text(name, 1000);
		if (text == null) {
			throw new BusinessRuleException("remediation.plan.item.name-required");
		}
		return text;
	}

}
