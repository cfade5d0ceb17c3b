package vn.parindex.remediation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ScoresPublished;

/**
 * Drafts a remediation plan for every unit of a published period, in the publishing
 * transaction: one line per leaf the unit lost points on, the largest loss first, with
 * the appraiser's comment. A correction updates the drafts (new points, newly lost
 * leaves, recovered leaves the unit left empty dropped) and leaves submitted plans alone.
 */
@Component
class PlanGeneration {

	private static final int COMMENT_MAX = 4000;

	private final Plans plans;

	private final PublicResults results;

	private final AppraisalResults appraisal;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanGeneration(Plans plans, PublicResults results, AppraisalResults appraisal, ApplicationEventPublisher events,
			Clock clock) {
		this.plans = plans;
		this.results = results;
		this.appraisal = appraisal;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void on(ScoresPublished published) {
		PublishedResults publication = this.results.publication(published.publicationId())
			.orElseThrow(() -> new IllegalStateException("Publication " + published.publicationId() + " not found"));
		for (ResultsSnapshot.Group group : publication.snapshot().groups()) {
			for (ResultsSnapshot.Unit unit : group.units()) {
				generate(published, unit);
			}
		}
	}

	private void generate(ScoresPublished published, ResultsSnapshot.Unit unit) {
		long unitId = unit.result().unitId();
		List<PlanLine> lines = lines(published.cycleId(), unit);
		Plan existing = this.plans.findByCycleIdAndUnitId(published.cycleId(), unitId).orElse(null);
		if (existing == null) {
			Plan plan = new Plan(published.cycleId(), unitId, published.publicationId(), this.clock.instant());
			lines.forEach(plan::addLost);
			this.plans.saveAndFlush(plan);
			this.events.publishEvent(new PlanChanged("GENERATE", plan.id(), null, plan.snapshot()));
		}
		else if (existing.status() == PlanStatus.DRAFT && published.seq() > 1) {
			PlanSnapshot before = existing.snapshot();
			Set<String> lost = lines.stream().map(PlanLine::leafCode).collect(Collectors.toSet());
			if (!existing.dropRecovered(lost).isEmpty()) {
				RemediationManagement.renumber(existing, this.plans);
			}
			existing.updateLost(published.publicationId(), lines);
			this.plans.flush();
			this.events.publishEvent(new PlanChanged("REGENERATE", existing.id(), before, existing.snapshot()));
		}
	}

	private List<PlanLine> lines(long cycleId, ResultsSnapshot.Unit unit) {
		Map<String, String> comments = this.appraisal.comments(cycleId, unit.result().unitId());
		return unit.result()
			.lost()
			.stream()
			.map((lost) -> new PlanLine(lost.code(), lost.name(), lost.max(), lost.lost(),
					cut(comments.get(lost.code()))))
			.toList();
	}

	private static @org.jspecify.annotations.Nullable String cut(@org.jspecify.annotations.Nullable String comment) {
		return (comment != null && comment.length() > COMMENT_MAX) ? comment.substring(0, COMMENT_MAX) : comment;
	}

}
