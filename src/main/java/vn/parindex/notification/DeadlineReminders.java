package vn.parindex.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.Phase;
import vn.parindex.framework.cycle.UnitPeriod;
import vn.parindex.identity.Recipient;
import vn.parindex.shared.Formats;

/**
 * Reminds units of open periods of their deadline 3 days and 1 day before it: the
 * self-assessment deadline while the assessment is a draft or not begun, the explanation
 * deadline while an explanation is requested. Runs every morning without a signed-in
 * user; each reminder reaches each user once, so a second run the same day sends nothing.
 * Within the last day only the 1-day reminder goes out.
 */
@Component
class DeadlineReminders {

	private static final Duration ONE_DAY = Duration.ofDays(1);

	private static final Duration THREE_DAYS = Duration.ofDays(3);

	private final CycleManagement cycles;

	private final AssessmentWorkflow workflow;

	private final Audience audience;

	private final Names names;

	private final Notifier notifier;

	private final Texts texts;

	private final Clock clock;

	DeadlineReminders(CycleManagement cycles, AssessmentWorkflow workflow, Audience audience, Names names,
			Notifier notifier, Texts texts, Clock clock) {
		this.cycles = cycles;
		this.workflow = workflow;
		this.audience = audience;
		this.names = names;
		this.notifier = notifier;
		this.texts = texts;
		this.clock = clock;
	}

	/** Sends the reminders due now; the number of notifications added. */
	@Scheduled(cron = "${parindex.notification.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int remindDeadlines() {
		Instant now = this.clock.instant();
		int added = 0;
		for (long cycleId : this.cycles.openCycleIds()) {
			Map<Long, AssessmentStatus> statuses = this.workflow.statuses(cycleId);
			added += remind(this.cycles.unitsOf(cycleId, Phase.SELF_ASSESSMENT), now, "self",
					(unitId) -> statuses.getOrDefault(unitId, AssessmentStatus.DRAFT) == AssessmentStatus.DRAFT);
			added += remind(this.cycles.unitsOf(cycleId, Phase.EXPLANATION), now, "explanation",
					(unitId) -> statuses.get(unitId) == AssessmentStatus.EXPLANATION_REQUESTED);
		}
		return added;
	}

	private int remind(List<UnitPeriod> units, Instant now, String what, Predicate<Long> concerned) {
		int added = 0;
		for (UnitPeriod unit : units) {
			int days = daysLeft(unit.deadline(), now);
			if (days > 0 && concerned.test(unit.unitId())) {
				List<Recipient> recipients = this.audience.unit(unit.unitId());
				if (!recipients.isEmpty()) {
					added += this.notifier.deliver(recipients, notice(unit, days, what));
				}
			}
		}
		return added;
	}

	/** 1 within the last day, 3 within the last three days, else 0. */
	static int daysLeft(@org.jspecify.annotations.Nullable Instant deadline, Instant now) {
		if (deadline == null || !deadline.isAfter(now)) {
			return 0;
		}
		Duration left = Duration.between(now, deadline);
		if (left.compareTo(ONE_DAY) <= 0) {
			return 1;
		}
		return (left.compareTo(THREE_DAYS) <= 0) ? 3 : 0;
	}

	private Notice notice(UnitPeriod unit, int days, String what) {
		Instant deadline = java.util.Objects.requireNonNull(unit.deadline());
		String ref = "reminder:" + unit.phase() + ":" + unit.cycleId() + ":" + unit.unitId() + ":" + days + "d:"
				+ deadline.getEpochSecond();
		return new Notice(NotificationKind.DEADLINE, ref, this.texts.get("reminder." + what + ".title", days),
				this.texts.get("reminder." + what + ".body", this.names.unit(unit.unitId()), unit.cycleName(),
						Formats.dateTime(deadline)),
				"/assessments");
	}

}
