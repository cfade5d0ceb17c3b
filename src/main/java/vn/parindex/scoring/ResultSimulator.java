package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleView;
import vn.parindex.shared.NotFoundException;

/**
 * "What would it take" and "what if" on published results. Reads only publications'
 * frozen snapshots (public data), so it checks no access: callers that restrict who sees
 * which unit check it themselves.
 * <p>
 * A unit's peer group is rebuilt from the snapshot's leaves (points and N/A marks; a unit
 * whose published rank is empty stays unranked) with the framework the period uses for
 * that group, and recomputed with the calculator's own parts, so with nothing changed the
 * figures are exactly the published ones. Nothing is ever saved.
 */
@Service
@Transactional(readOnly = true)
public class ResultSimulator {

	/** How many leaves of largest possible gain {@link #gaps} lists. */
	public static final int GAINS = 10;

	private final PublicResults results;

	private final CycleManagement cycles;

	private final FrameworkManagement frameworks;

	ResultSimulator(PublicResults results, CycleManagement cycles, FrameworkManagement frameworks) {
		this.results = results;
		this.cycles = cycles;
		this.frameworks = frameworks;
	}

	/**
	 * What it would take the unit to do better. Extra points are counted in steps of
	 * 10<sup>−decimals</sup> of the framework, can only come from the unit's lost points,
	 * and leave bonus and penalty as published; a target that all the lost points cannot
	 * reach has no points (null).
	 * <ul>
	 * <li>next band: the band just above the unit's (the lowest band if it has none), and
	 * the fewest points for a % inside it, its bound inclusive or not as the framework
	 * says; none in the top band;</li>
	 * <li>rank: with competition ranking (1, 2, 2, 4) the units holding the largest rank
	 * smaller than the unit's, all of them when tied, and the fewest points for a %
	 * strictly above theirs (tie-breaks are not counted on); a unit first but tied gets
	 * the units sharing first place and the points to stand alone; a unit first alone or
	 * not ranked gets none;</li>
	 * <li>tied: the other units sharing its rank;</li>
	 * <li>gains: its lost points, the largest first, at most {@value #GAINS}.</li>
	 * </ul>
	 * @throws NotFoundException for an unknown publication or a unit not in it
	 */
	public Gaps gaps(long publicationId, long unitId) {
		Loaded loaded = load(publicationId, unitId);
		SimulatedGroup group = loaded.simulated();
		UnitTally tally = group.tally(unitId);
		FrameworkPlan plan = group.plan;
		ResultsSnapshot snapshot = loaded.snapshot();
		return new Gaps(publicationId, snapshot.year(), snapshot.cycleName(), loaded.group().name(),
				plan.settings.decimals(), group.standing(unitId), GapMath.nextBand(tally),
				GapMath.rankGap(group, tally), GapMath.tied(group, tally), tally.lost().stream().limit(GAINS).toList(),
				plan.round(GapMath.totalLost(tally.unit(), plan)), SimulatedPoints.fields(tally.unit(), plan));
	}

	/**
	 * The unit's result and rank recomputed with hypothetical points for some of its
	 * scored leaves (not bonus or penalty), the rest of the group unchanged.
	 * @param points leaf code to points; each a scored leaf of the unit's framework that
	 * applies to it, from 0 to its maximum, with at most the framework's decimals
	 * @throws SimulationRejectedException for a faulty point, naming the leaf
	 * @throws NotFoundException for an unknown publication or a unit not in it
	 */
	public Simulation simulate(long publicationId, long unitId, Map<String, BigDecimal> points) {
		SimulatedGroup group = load(publicationId, unitId).simulated();
		UnitScores before = group.tally(unitId).unit();
		UnitScores after = SimulatedPoints.apply(before, group.plan, points);
		return new Simulation(publicationId, group.plan.settings.decimals(), group.standing(unitId),
				group.with(after).standing(unitId), SimulatedPoints.changes(before, after, group.plan));
	}

	/**
	 * The leaves where the publication's units lost the most points in total, across all
	 * peer groups, grouped by code and name (see {@link LeafLoss}); ties by the number of
	 * units, then by code.
	 * @throws NotFoundException for an unknown publication
	 */
	public List<LeafLoss> topLosses(long publicationId, int limit) {
		return LeafLossTally.top(snapshot(publicationId), limit);
	}

	private ResultsSnapshot snapshot(long publicationId) {
		return this.results.publication(publicationId)
			.orElseThrow(() -> new NotFoundException("publication", publicationId))
			.snapshot();
	}

	private Loaded load(long publicationId, long unitId) {
		ResultsSnapshot snapshot = snapshot(publicationId);
		ResultsSnapshot.Group group = snapshot.groups()
			.stream()
			.filter((candidate) -> candidate.units().stream().anyMatch((unit) -> unit.result().unitId() == unitId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unit", unitId));
		return new Loaded(snapshot, group, SimulatedGroup.of(group, framework(snapshot.cycleId(), group)));
	}

	private FrameworkDefinition framework(long cycleId, ResultsSnapshot.Group group) {
		long id = this.cycles.fullView(cycleId)
			.frameworks()
			.stream()
			.filter((entry) -> entry.peerGroupId() == group.peerGroupId())
			.map(CycleView.FrameworkEntry::frameworkId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("framework", group.peerGroupId()));
		return this.frameworks.definition(id);
	}

	private record Loaded(ResultsSnapshot snapshot, ResultsSnapshot.Group group, SimulatedGroup simulated) {
	}

}
