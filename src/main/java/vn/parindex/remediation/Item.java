package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;

/**
 * One line of a remediation plan: a lost leaf (or a matter the unit added itself) with
 * its cause, action, who and when, the unit's status and the evidence note. Changed only
 * through its {@link Plan}, which owns the rules.
 */
@Entity
@Table(name = "remediation_item")
class Item {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int position;

	private @Nullable String leafCode;

	private String leafName;

	@Column(name = "max_points")
	private @Nullable BigDecimal maxPoints;

	private @Nullable BigDecimal pointsLost;

	private @Nullable String appraiserComment;

	private @Nullable String cause;

	private @Nullable String action;

	private @Nullable Long subUnitId;

	private @Nullable String officer;

	private @Nullable LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private ItemStatus status = ItemStatus.NOT_STARTED;

	private @Nullable LocalDate completedOn;

	private @Nullable String evidenceNote;

	@Version
	private long version;

	protected Item() {
		this.leafName = "";
	}

	Item(int position, @Nullable String leafCode, String leafName, @Nullable BigDecimal maxPoints,
			@Nullable BigDecimal pointsLost, @Nullable String appraiserComment) {
		this.position = position;
		this.leafCode = leafCode;
		this.leafName = leafName;
		this.maxPoints = maxPoints;
		this.pointsLost = pointsLost;
		this.appraiserComment = appraiserComment;
	}

	void content(ItemForm form) {
		if (this.leafCode == null) {
			this.leafName = required(form.leafName(), 1000);
		}
		this.cause = ItemForm.text(form.cause(), 2000);
		this.action = ItemForm.text(form.action(), 4000);
		this.subUnitId = form.subUnitId();
		this.officer = ItemForm.text(form.officer(), 200);
		this.dueDate = form.dueDate();
	}

	void evidenceNote(@Nullable String note) {
		this.evidenceNote = ItemForm.text(note, 2000);
	}

	/**
	 * Not started → in progress → done, and done → in progress to reopen; done needs an
	 * evidence note or a file.
	 */
	void moveTo(ItemStatus target, boolean hasFiles, LocalDate today) {
		boolean start = target == ItemStatus.IN_PROGRESS && this.status != ItemStatus.IN_PROGRESS;
		boolean finish = target == ItemStatus.DONE && this.status == ItemStatus.IN_PROGRESS;
		if (!start && !finish) {
			throw new BusinessRuleException("remediation.plan.item.status-refused", this.position);
		}
		if (finish && this.evidenceNote == null && !hasFiles) {
			throw new BusinessRuleException("remediation.plan.item.evidence-required", this.position);
		}
		this.status = target;
		this.completedOn = finish ? today : null;
	}

	void position(int position) {
		this.position = position;
	}

	void lost(@Nullable BigDecimal maxPoints, BigDecimal pointsLost, @Nullable String comment) {
		this.maxPoints = maxPoints;
		this.pointsLost = pointsLost;
		if (comment != null) {
			this.appraiserComment = comment;
		}
	}

	/** Whether the unit wrote anything into it yet. */
	boolean untouched() {
		return this.cause == null && this.action == null && this.subUnitId == null && this.officer == null
				&& this.dueDate == null && this.evidenceNote == null && this.status == ItemStatus.NOT_STARTED;
	}

	/** Whether it has all a submitted plan needs: cause, action, who and when. */
	boolean complete() {
		return this.cause != null && this.action != null && (this.subUnitId != null || this.officer != null)
				&& this.dueDate != null;
	}

	/**
	 * The numbers of the lines lacking a cause, an action, who, and when, as four texts
	 * such as "1, 3" ("–" for none).
	 */
	static Object[] missing(List<Item> items) {
		return new Object[] { numbers(items, (item) -> item.cause == null),
				numbers(items, (item) -> item.action == null),
				numbers(items, (item) -> item.subUnitId == null && item.officer == null),
				numbers(items, (item) -> item.dueDate == null) };
	}

	private static String numbers(List<Item> items, Predicate<Item> lacking) {
		List<String> numbers = items.stream().filter(lacking).map((item) -> Integer.toString(item.position)).toList();
		return numbers.isEmpty() ? "–" : String.join(", ", numbers);
	}

	ItemSnapshot snapshot() {
		return new ItemSnapshot(id(), this.position, this.leafCode, this.leafName, this.pointsLost, this.cause,
				this.action, this.subUnitId, this.officer, this.dueDate, this.status, this.completedOn,
				this.evidenceNote);
	}

	private static String required(@Nullable String text, int max) {
		String value = ItemForm.text(text, max);
		if (value == null) {
			throw new BusinessRuleException("remediation.plan.item.name-required");
		}
		return value;
	}

	long id() {
		return (this.id != null) ? this.id : 0L;
	}

	int position() {
		return this.position;
	}

	@Nullable String leafCode() {
		return this.leafCode;
	}

	boolean generated() {
		return this.leafCode != null;
	}

	ItemStatus status() {
		return this.status;
	}

	@Nullable String evidenceNote() {
		return this.evidenceNote;
	}

	long version() {
		return this.version;
	}

}
