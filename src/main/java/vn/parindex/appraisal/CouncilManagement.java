package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.assessment.AssessmentWorkflow;
import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Role;

/**
 * The council's decisions: the chair's summary, approving a period's results (which locks
 * the scores), returning one unit to round 2, and unlocking approved scores, each with a
 * reason.
 */
@Service
@Transactional
public class CouncilManagement {

	private final Appraisals appraisals;

	private final AppraisalRecords records;

	private final AppraisalQueries queries;

	private final AssessmentWorkflow workflow;

	private final CouncilNames names;

	private final AppraisalAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CouncilManagement(Appraisals appraisals, AppraisalRecords records, AppraisalQueries queries,
			AssessmentWorkflow workflow, CouncilNames names, AppraisalAccess access, ApplicationEventPublisher events,
			Clock clock) {
		this.appraisals = appraisals;
		this.records = records;
		this.queries = queries;
		this.workflow = workflow;
		this.names = names;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** The summary of a period; the chair, ADMIN and VIEWER. */
	@Transactional(readOnly = true)
	public CouncilSummary summary(long cycleId) {
		this.access.actor().requireRole(Role.COUNCIL_CHAIR, Role.ADMIN, Role.VIEWER);
		Map<Long, AssessmentStatus> statuses = this.workflow.statuses(cycleId);
		Map<Long, List<FieldTotals>> totals = this.queries.totals(cycleId)
			.stream()
			.collect(Collectors.groupingBy(FieldTotals::assessmentId));
		List<CouncilSummary.UnitLine> lines = new ArrayList<>();
		List<String> blocking = new ArrayList<>();
		for (Appraisal appraisal : this.appraisals.findByCycleId(cycleId)) {
			AssessmentStatus status = statuses.get(appraisal.unitId());
			if (status == null || status == AssessmentStatus.DRAFT) {
				continue;
			}
			String name = this.names.unit(appraisal.unitId());
			boolean ready = appraisal.ready(status);
			if (!ready && status != AssessmentStatus.APPROVED) {
				blocking.add(name);
			}
			List<FieldTotals> fields = totals.getOrDefault(appraisal.assessmentId(), List.of());
			lines.add(new CouncilSummary.UnitLine(appraisal.assessmentId(), name, status, ready,
					appraisal.returnedReason(), fields, sum(appraisal, fields)));
		}
		lines.sort(Comparator.comparing(CouncilSummary.UnitLine::cutOrZero).reversed());
		List<String> areas = lines.stream()
			.flatMap((line) -> line.fields().stream().map(FieldTotals::areaCode))
			.distinct()
			.sorted(CouncilManagement::byCode)
			.toList();
		return new CouncilSummary(cycleId, this.names.cycle(cycleId), areas, lines, blocking);
	}

	/** Approves every ready unit of the period and locks their scores; the chair only. */
	public List<Long> approve(long cycleId) {
		Actor chair = this.access.chair();
		CouncilSummary summary = summary(cycleId);
		if (!summary.blocking().isEmpty()) {
			throw new BusinessRuleException("appraisal.council.not-ready", String.join(", ", summary.blocking()));
		}
		Instant now = this.clock.instant();
		List<Long> units = new ArrayList<>();
		for (CouncilSummary.UnitLine line : summary.units()) {
			if (line.ready()) {
				units.add(approveOne(line.assessmentId(), chair, now));
			}
		}
		if (units.isEmpty()) {
			throw new BusinessRuleException("appraisal.council.nothing-to-approve");
		}
		this.events.publishEvent(new ResultsApproved(cycleId, units, chair.username(), now));
		return units;
	}

	/** Returns one unit to round 2 with a reason; the chair only, before approval. */
	public void returnUnit(long id, @Nullable String reason) {
		reopen(id, reason, "RETURN", false);
	}

	/** Unlocks an approved unit's scores for round 2, with a reason; the chair only. */
	public void unlock(long id, @Nullable String reason) {
		reopen(id, reason, "UNLOCK", true);
	}

	private long approveOne(long id, Actor chair, Instant now) {
		Appraisal appraisal = this.records.locked(id);
		this.workflow.decide(id, AssessmentStatus.APPROVED);
		this.records.scores(id).forEach((score) -> this.records.finalised(score, chair, now));
		appraisal.lock(chair.username(), now);
		this.appraisals.flush();
		this.events
			.publishEvent(AppraisalChanged.ofAssessment("APPROVE", id, null, Map.of("lockedAt", now.toString())));
		return appraisal.unitId();
	}

	private void reopen(long id, @Nullable String reason, String action, boolean approved) {
		Actor chair = this.access.chair();
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 2000) {
			throw new BusinessRuleException("appraisal.council.reason-required");
		}
		Appraisal appraisal = this.records.locked(id);
		AssessmentStatus status = this.workflow.status(id);
		if (approved != (status == AssessmentStatus.APPROVED) || (!approved && !appraisal.ready(status))) {
			throw new BusinessRuleException(
					approved ? "appraisal.council.not-approved" : "appraisal.council.not-ready-unit");
		}
		this.workflow.decide(id, AssessmentStatus.RETURNED);
		appraisal.returned(chair.username(), this.clock.instant(), why);
		this.appraisals.flush();
		this.records.forgetRound2(id);
		this.events.publishEvent(AppraisalChanged.ofAssessment(action, id, Map.of("status", status),
				Map.of("status", AssessmentStatus.RETURNED, "reason", why)));
	}

	private static FieldTotals sum(Appraisal appraisal, List<FieldTotals> fields) {
		BigDecimal self = BigDecimal.ZERO;
		BigDecimal round1 = null;
		BigDecimal round2 = null;
		BigDecimal fin = null;
		long unappraised = 0;
		for (FieldTotals field : fields) {
			self = self.add(field.selfTotal());
			round1 = plus(round1, field.round1Total());
			round2 = plus(round2, (field.round2Total() != null) ? field.round2Total() : null);
			fin = plus(fin, field.finalTotal());
			unappraised += field.unappraised();
		}
		if (round2 != null) {
			round2 = fin;
		}
		return new FieldTotals(appraisal.assessmentId(), appraisal.unitId(), "", self, round1, round2, fin,
				unappraised);
	}

	private static @Nullable BigDecimal plus(@Nullable BigDecimal sum, @Nullable BigDecimal value) {
		if (value == null) {
			return sum;
		}
		return (sum == null) ? value : sum.add(value);
	}

	private static int byCode(String a, String b) {
		return a.matches("\\d+") && b.matches("\\d+") ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b))
				: a.compareTo(b);
	}

}
