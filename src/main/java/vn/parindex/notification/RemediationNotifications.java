package vn.parindex.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parindex.remediation.PlanReturned;
import vn.parindex.remediation.PlanSubmitted;
import vn.parindex.remediation.RemediationDue;
import vn.parindex.shared.Formats;

/**
 * Notifies the people concerned by the remediation plans: the unit of items falling due
 * and of a plan returned for changes, ADMIN of a plan submitted. The listeners run in the
 * publisher's transaction; the mails follow after the commit.
 */
@Component
class RemediationNotifications {

	private final Notifier notifier;

	private final Audience audience;

	private final Names names;

	private final Texts texts;

	RemediationNotifications(Notifier notifier, Audience audience, Names names, Texts texts) {
		this.notifier = notifier;
		this.audience = audience;
		this.names = names;
		this.texts = texts;
	}

	/** To the unit's officers and leaders: which items fall due, and when. */
	@EventListener
	void on(RemediationDue event) {
		String unit = this.names.unit(event.unitId());
		String items = event.items()
			.stream()
			.map((item) -> item.label() + " (" + Formats.date(item.dueDate()) + ")")
			.collect(Collectors.joining("; "));
		String occasion = event.items()
			.stream()
			.map((item) -> item.itemId() + "@" + item.dueDate())
			.collect(Collectors.joining(","));
		String count = Integer.toString(event.items().size());
		this.notifier.deliver(this.audience.unit(event.unitId()),
				new Notice(NotificationKind.REMEDIATION_DUE,
						"remediation-due:" + event.planId() + ":" + digest(occasion),
						this.texts.get("remediation-due.title", count), this.texts.get("remediation-due.body", unit,
								this.names.cycle(event.cycleId(), event.unitId()), count, items),
						link(event.planId())));
	}

	/** To ADMIN: a plan to read. */
	@EventListener
	void on(PlanSubmitted event) {
		String unit = this.names.unit(event.unitId());
		this.notifier.deliver(this.audience.admins(), new Notice(NotificationKind.PLAN_SUBMITTED,
				"plan-submitted:" + event.planId() + ":" + event.at().toEpochMilli(),
				this.texts.get("plan-submitted.title", unit), this.texts.get("plan-submitted.body", unit,
						this.names.cycle(event.cycleId(), event.unitId()), Formats.dateTime(event.at()), event.by()),
				link(event.planId())));
	}

	/** To the unit's officers and leaders: what to change. */
	@EventListener
	void on(PlanReturned event) {
		String unit = this.names.unit(event.unitId());
		this.notifier.deliver(this.audience.unit(event.unitId()),
				new Notice(NotificationKind.PLAN_RETURNED,
						"plan-returned:" + event.planId() + ":" + event.at().toEpochMilli(),
						this.texts.get("plan-returned.title", unit),
						this.texts.get("plan-returned.body", unit, this.names.cycle(event.cycleId(), event.unitId()),
								Formats.dateTime(event.at()), event.by(), event.note()),
						link(event.planId())));
	}

	private static String link(long planId) {
		return "/remediation/plans/" + planId;
	}

	/** A short, stable name for the items and due dates of a reminder. */
	static String digest(String occasion) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(occasion.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
