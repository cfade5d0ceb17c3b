package vn.parindex.remediation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.scoring.Gaps;
import vn.parindex.scoring.LeafLoss;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.Publication;
import vn.parindex.scoring.ResultSimulator;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.Simulation;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * Gap analysis and the simulator on published results; reads only, saves nothing.
 * <p>
 * Who may read: unit roles (UNIT_OFFICER, UNIT_LEADER) only their own unit; ADMIN and
 * VIEWER any unit. APPRAISER and COUNCIL_CHAIR may read any unit too: the figures come
 * from published results, which the public portal shows to anyone, so refusing them would
 * hide nothing. The province's top leaves by points lost: any signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class GapAnalysis {

	/** How many leaves the province page lists. */
	public static final int PROVINCE_TOP = 10;

	private final ResultSimulator simulator;

	private final PublicResults results;

	private final CurrentActor actor;

	GapAnalysis(ResultSimulator simulator, PublicResults results, CurrentActor actor) {
		this.simulator = simulator;
		this.results = results;
		this.actor = actor;
	}

	/**
	 * The current publications the actor may analyse: for unit roles those where their
	 * unit has a result, for the others all of them; newest year first.
	 */
	public List<Publication> publications() {
		Actor current = this.actor.get();
		if (!unitRole(current)) {
			return this.results.current();
		}
		Long unitId = current.unitId();
		return this.results.current()
			.stream()
			.filter((publication) -> unitId != null && snapshot(publication.id()).unit(unitId).isPresent())
			.toList();
	}

	/**
	 * The units of a publication the actor may analyse, by peer group, each group's units
	 * by rank; groups without such a unit are left out.
	 */
	public List<GroupChoice> units(long publicationId) {
		Actor current = this.actor.get();
		return snapshot(publicationId).groups()
			.stream()
			.map((group) -> new GroupChoice(group.name(), group.units()
				.stream()
				.filter((unit) -> !unitRole(current) || Objects.equals(current.unitId(), unit.result().unitId()))
				.map((unit) -> new UnitChoice(unit.result().unitId(), unit.code(), unit.result().unitName()))
				.toList()))
			.filter((group) -> !group.units().isEmpty())
			.toList();
	}

	/** The actor's own unit when it has a unit role, else null. */
	public @Nullable Long ownUnit() {
		Actor current = this.actor.get();
		return unitRole(current) ? current.unitId() : null;
	}

	/** What it would take the unit to do better (see {@link ResultSimulator#gaps}). */
	public Gaps gaps(long publicationId, long unitId) {
		requireUnit(unitId);
		return this.simulator.gaps(publicationId, unitId);
	}

	/** A what-if with hypothetical points (see {@link ResultSimulator#simulate}). */
	public Simulation simulate(long publicationId, long unitId, Map<String, BigDecimal> points) {
		requireUnit(unitId);
		return this.simulator.simulate(publicationId, unitId, points);
	}

	/** The publication's top leaves by points lost, across the province. */
	public List<LeafLoss> province(long publicationId) {
		this.actor.get();
		return this.simulator.topLosses(publicationId, PROVINCE_TOP);
	}

	/** A publication, for the page headings; any signed-in user. */
	public Publication publication(long publicationId) {
		this.actor.get();
		return this.results.publication(publicationId)
			.orElseThrow(() -> new NotFoundException("publication", publicationId))
			.publication();
	}

	private void requireUnit(long unitId) {
		Actor current = this.actor.get();
		if (unitRole(current) && !Objects.equals(current.unitId(), unitId)) {
			throw new AccessRefusedException();
		}
	}

	private ResultsSnapshot snapshot(long publicationId) {
		return this.results.publication(publicationId)
			.orElseThrow(() -> new NotFoundException("publication", publicationId))
			.snapshot();
	}

	private static boolean unitRole(Actor actor) {
		return actor.hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER);
	}

	/**
	 * A peer group's units to choose from on the index page.
	 *
	 * @param name the group's name
	 * @param units its units by rank
	 */
	public record GroupChoice(String name, List<UnitChoice> units) {
	}

	/**
	 * A unit to choose on the index page.
	 *
	 * @param unitId the unit
	 * @param code its code
	 * @param name its name
	 */
	public record UnitChoice(long unitId, String code, String name) {
	}

}
