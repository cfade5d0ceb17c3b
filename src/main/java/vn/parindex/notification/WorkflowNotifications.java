package vn.parindex.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parindex.appraisal.ExplanationLocked;
import vn.parindex.appraisal.ExplanationRequested;
import vn.parindex.appraisal.ResultsApproved;
import vn.parindex.assessment.AssessmentSubmitted;
import vn.parindex.shared.Formats;

/**
 * Notifies the people concerned by each step of the appraisal workflow. The listeners run
 * in the publisher's transaction, so the notifications exist exactly when the step does;
 * the mails follow after the commit.
 */
@Component
class WorkflowNotifications {

	private final Notifier notifier;

	private final Audience audience;

	private final Names names;

	private final Texts texts;

	WorkflowNotifications(Notifier notifier, Audience audience, Names names, Texts texts) {
		this.notifier = notifier;
		this.audience = audience;
		this.names = names;
		this.texts = texts;
	}

	/**
	 * To ADMIN and the unit's appraisers; a receipt to the unit's officers and leaders.
	 */
	@EventListener
	void on(AssessmentSubmitted event) {
		long id = event.assessmentId();
		String unit = this.names.unit(event.unitId());
		Object[] args = { unit, this.names.cycle(event.cycleId(), event.unitId()), Integer.toString(event.seq()),
				Formats.dateTime(event.submittedAt()) };
		String occasion = id + ":" + event.seq();
		String title = this.texts.get("submitted.title", unit);
		String body = this.texts.get("submitted.body", args);
		this.notifier.deliver(this.audience.admins(),
				new Notice(NotificationKind.SUBMITTED, "submitted:" + occasion, title, body, "/assessments/" + id));
		this.notifier.deliver(this.audience.appraisers(event.cycleId(), event.unitId()),
				new Notice(NotificationKind.SUBMITTED, "submitted:" + occasion, title, body, "/appraisals/" + id));
		this.notifier.deliver(this.audience.unit(event.unitId()),
				new Notice(NotificationKind.SUBMITTED, "receipt:" + occasion, this.texts.get("receipt.title", unit),
						this.texts.get("receipt.body", args), "/assessments/" + id));
	}

	/** To the unit's officers and leaders: how many leaves, which, and by when. */
	@EventListener
	void on(ExplanationRequested event) {
		String unit = this.names.unit(event.unitId());
		String count = Integer.toString(event.codes().size());
		String body = this.texts.get("explanation-requested.body", unit, count, String.join(", ", event.codes()),
				this.names.cycle(event.cycleId(), event.unitId()), Formats.dateTime(event.deadline()));
		this.notifier.deliver(this.audience.unit(event.unitId()),
				new Notice(NotificationKind.EXPLANATION_REQUESTED,
						"explanation-requested:" + event.assessmentId() + ":" + event.deadline().getEpochSecond(),
						this.texts.get("explanation-requested.title", count), body,
						"/appraisals/" + event.assessmentId() + "/explanation"));
	}

	/** To the unit's appraisers and ADMIN: round 2 may start. */
	@EventListener
	void on(ExplanationLocked event) {
		String unit = this.names.unit(event.unitId());
		Notice notice = new Notice(NotificationKind.EXPLANATION_LOCKED,
				"explanation-locked:" + event.assessmentId() + ":" + event.at().toEpochMilli(),
				this.texts.get("explanation-locked.title", unit), this.texts.get("explanation-locked.body", unit,
						this.names.cycle(event.cycleId(), event.unitId()), Formats.dateTime(event.at()), event.by()),
				"/appraisals/" + event.assessmentId());
		this.notifier.deliver(this.audience.appraisers(event.cycleId(), event.unitId()), notice);
		this.notifier.deliver(this.audience.admins(), notice);
	}

	/** To the officers and leaders of each approved unit, and to ADMIN. */
	@EventListener
	void on(ResultsApproved event) {
		if (event.unitIds().isEmpty()) {
			return;
		}
		String cycle = this.names.cycle(event.cycleId(), event.unitIds().get(0));
		String at = Formats.dateTime(event.at());
		String occasion = event.cycleId() + ":%s:" + event.at().toEpochMilli();
		for (long unitId : event.unitIds()) {
			String unit = this.names.unit(unitId);
			this.notifier.deliver(this.audience.unit(unitId),
					new Notice(NotificationKind.RESULTS_APPROVED, "results-approved:" + occasion.formatted(unitId),
							this.texts.get("results-approved.title", unit),
							this.texts.get("results-approved.body", unit, cycle, at), "/assessments"));
		}
		String count = Integer.toString(event.unitIds().size());
		this.notifier.deliver(this.audience.admins(),
				new Notice(NotificationKind.RESULTS_APPROVED, "results-approved:" + occasion.formatted("all"),
						this.texts.get("results-approved.admin.title", count, cycle),
						this.texts.get("results-approved.admin.body", count, cycle, at, event.by()),
						"/admin/periods/" + event.cycleId()));
	}

}
