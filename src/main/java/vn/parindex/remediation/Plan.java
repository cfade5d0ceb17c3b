package vn.parindex.remediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.StaleVersionException;

/**
 * A unit's remediation plan for one period, with its lines. It owns the rules: only a
 * draft changes content (cause, action, who, when, lines added or removed); status and
 * evidence change in a draft and after submission alike; a line is done only with
 * evidence; the plan is submitted only when every line is planned.
 */
@Entity
@Table(name = "remediation_plan")
class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long cycleId;

	private long unitId;

	private long publicationId;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	private Instant createdAt;

	private @Nullable Instant submittedAt;

	private @Nullable String submittedBy;

	private @Nullable Instant returnedAt;

	private @Nullable String returnedBy;

	private @Nullable String returnNote;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<Item> items = new ArrayList<>();

	protected Plan() {
		this.createdAt = Instant.EPOCH;
	}

	Plan(long cycleId, long unitId, long publicationId, Instant now) {
		this.cycleId = cycleId;
		this.unitId = unitId;
		this.publicationId = publicationId;
		this.createdAt = now;
	}

	/** Adds a line for a leaf the unit lost points on. */
	Item addLost(PlanLine line) {
		Item item = new Item(this.items.size() + 1, line.leafCode(), line.leafName(), line.max(), line.lost(),
				line.comment());
		this.items.add(item);
		return item;
	}

	/** Adds a line the unit writes itself; only in a draft. */
	Item addOwn(String name) {
		requireDraft();
		Item item = new Item(this.items.size() + 1, null, name, null, null, null);
		this.items.add(item);
		return item;
	}

	/** Changes a line's cause, action, who and when; only in a draft. */
	Item edit(long itemId, ItemForm form) {
		requireDraft();
		Item item = item(itemId, form.version());
		if (form.dueDate() != null && form.dueDate().isBefore(createdOn())) {
			throw new BusinessRuleException("remediation.plan.item.due-too-early", Formats.date(createdOn()));
		}
		item.content(form);
		return item;
	}

	/** Changes the evidence note, in a draft or after submission. */
	Item noteEvidence(long itemId, long version, @Nullable String note) {
		Item item = item(itemId, version);
		item.evidenceNote(note);
		return item;
	}

	/**
	 * Moves a line on: not started → in progress → done, and done → in progress to
	 * reopen. Done needs an evidence note or at least one file.
	 */
	Item changeStatus(long itemId, long version, ItemStatus target, int files, LocalDate today) {
		Item item = item(itemId, version);
		item.moveTo(target, files > 0, today);
		return item;
	}

	/**
	 * Takes out a line the unit added; lines for lost leaves stay. The caller flushes
	 * before {@link #compact()}, so the numbers stay unique at every step.
	 */
	Item remove(long itemId, long version) {
		requireDraft();
		Item item = item(itemId, version);
		if (item.generated()) {
			throw new BusinessRuleException("remediation.plan.item.generated-kept", item.position());
		}
		this.items.remove(item);
		return item;
	}

	/**
	 * Numbers the lines 1, 2, 3… again after some were removed: {@code parked} first
	 * moves every line out of the way (negative numbers), so the caller can flush between
	 * the two steps and no two lines ever share a number.
	 */
	void renumber(boolean parked) {
		for (int i = 0; i < this.items.size(); i++) {
			this.items.get(i).position(parked ? -(i + 1) : i + 1);
		}
	}

	/**
	 * A correcting publication: drops the lost-leaf lines no longer lost that the unit
	 * left empty, and returns them. The caller renumbers, then calls
	 * {@link #updateLost(long, List)}.
	 */
	List<Item> dropRecovered(Set<String> stillLost) {
		List<Item> dropped = this.items.stream()
			.filter((item) -> item.generated() && !stillLost.contains(item.leafCode()) && item.untouched())
			.toList();
		this.items.removeAll(dropped);
		return dropped;
	}

	/** Updates the points of the lost-leaf lines and adds lines for newly lost leaves. */
	void updateLost(long publicationId, List<PlanLine> lines) {
		this.publicationId = publicationId;
		for (PlanLine line : lines) {
			this.items.stream()
				.filter((item) -> line.leafCode().equals(item.leafCode()))
				.findFirst()
				.ifPresentOrElse((item) -> item.lost(line.max(), line.lost(), line.comment()), () -> addLost(line));
		}
	}

	/** Sends the plan; every line needs a cause, an action, who and when. */
	void submit(String by, Instant now) {
		requireDraft();
		if (this.items.stream().anyMatch((item) -> !item.complete())) {
			throw new BusinessRuleException("remediation.plan.submit.incomplete", Item.missing(this.items));
		}
		this.status = PlanStatus.SUBMITTED;
		this.submittedAt = now;
		this.submittedBy = by;
	}

	/** The Sở Nội vụ sends a submitted plan back for changes, saying what to change. */
	void returnToUnit(String by, @Nullable String note, Instant now) {
		if (this.status != PlanStatus.SUBMITTED) {
			throw new BusinessRuleException("remediation.plan.return.not-submitted");
		}
		String text = ItemForm.text(note, 2000);
		if (text == null) {
			throw new BusinessRuleException("remediation.plan.return.note-required");
		}
		this.status = PlanStatus.DRAFT;
		this.returnedAt = now;
		this.returnedBy = by;
		this.returnNote = text;
	}

	void requireDraft() {
		if (this.status != PlanStatus.DRAFT) {
			throw new BusinessRuleException("remediation.plan.locked");
		}
	}

	Item item(long itemId, long version) {
		Item item = this.items.stream()
			.filter((candidate) -> candidate.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("remediation-item", itemId));
		if (item.version() != version) {
			throw new StaleVersionException("remediation-item", itemId);
		}
		return item;
	}

	LocalDate createdOn() {
		return LocalDate.ofInstant(this.createdAt, Formats.ZONE);
	}

	PlanSnapshot snapshot() {
		return new PlanSnapshot(this.status, this.publicationId,
				this.items.stream().map(Item::leafCode).filter(Objects::nonNull).toList(), this.items.size(),
				this.returnNote);
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	long cycleId() {
		return this.cycleId;
	}

	long unitId() {
		return this.unitId;
	}

	PlanStatus status() {
		return this.status;
	}

	List<Item> items() {
		return List.copyOf(this.items);
	}

	long version() {
		return this.version;
	}

}
