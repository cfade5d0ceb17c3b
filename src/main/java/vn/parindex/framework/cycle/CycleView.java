package vn.parindex.framework.cycle;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.FrameworkStatus;

/**
 * One period in full. Units are listed for ADMIN and VIEWER only; other roles learn the
 * count and whether their own unit is evaluated, and see only their own extensions.
 *
 * @param id its id
 * @param year the evaluated year
 * @param name its name
 * @param status draft, open or closed
 * @param version the version a form must send back
 * @param createdAt when it was created
 * @param openedAt when it opened
 * @param closedAt when it closed
 * @param frameworks the framework of each peer group
 * @param phases the six phases in order, with their times if set
 * @param currentPhase the phase running now, if open
 * @param unitCount how many units it evaluates (0 before it opens)
 * @param unitGroups the evaluated units by peer group (ADMIN and VIEWER only)
 * @param extensions deadline extensions
 * @param includesMyUnit for unit roles: whether their unit is evaluated
 */
public record CycleView(long id, int year, String name, CycleStatus status, long version, Instant createdAt,
		@Nullable Instant openedAt, @Nullable Instant closedAt, List<FrameworkEntry> frameworks,
		List<PhaseEntry> phases, @Nullable Phase currentPhase, int unitCount, @Nullable List<UnitGroup> unitGroups,
		List<ExtensionRow> extensions, @Nullable Boolean includesMyUnit) {

	public boolean draft() {
		return this.status == CycleStatus.DRAFT;
	}

	public boolean running() {
		return this.status == CycleStatus.OPEN;
	}

	/** Peer group id to framework id, for the frameworks form. */
	public Map<Long, Long> selectedFrameworks() {
		Map<Long, Long> selected = new LinkedHashMap<>();
		this.frameworks.forEach((entry) -> selected.put(entry.peerGroupId(), entry.frameworkId()));
		return selected;
	}

	/**
	 * The framework used for one peer group.
	 *
	 * @param peerGroupId the peer group
	 * @param peerGroupCode its code
	 * @param peerGroupNameVi its Vietnamese name
	 * @param peerGroupNameEn its English name
	 * @param frameworkId the framework
	 * @param frameworkName its title
	 * @param versionNo its version
	 * @param frameworkStatus draft or in use
	 * @param valid whether it has no validation fault
	 */
	public record FrameworkEntry(long peerGroupId, String peerGroupCode, String peerGroupNameVi, String peerGroupNameEn,
			long frameworkId, String frameworkName, int versionNo, FrameworkStatus frameworkStatus, boolean valid) {
	}

	/**
	 * One phase of the calendar; times are null while a draft leaves the phase out.
	 *
	 * @param phase the phase
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 * @param current whether it runs now
	 */
	public record PhaseEntry(Phase phase, @Nullable Instant startsAt, @Nullable Instant endsAt, boolean current) {
	}

	/**
	 * The evaluated units of one peer group.
	 *
	 * @param peerGroupId the peer group
	 * @param peerGroupCode its code
	 * @param nameVi its Vietnamese name
	 * @param nameEn its English name
	 * @param units its units, by code
	 */
	public record UnitGroup(long peerGroupId, String peerGroupCode, String nameVi, String nameEn,
			List<UnitEntry> units) {
	}

	/**
	 * An evaluated unit.
	 *
	 * @param id its id
	 * @param code its code
	 * @param name its name
	 * @param ranked whether it takes a place in the ranking
	 */
	public record UnitEntry(long id, String code, String name, boolean ranked) {
	}

	/**
	 * A later deadline granted to one unit.
	 *
	 * @param unitId the unit
	 * @param unitCode its code
	 * @param unitName its name
	 * @param phase the phase
	 * @param normalEnd the phase's end for everyone else
	 * @param endsAt the unit's deadline
	 * @param reason why
	 * @param grantedBy who granted it
	 * @param grantedAt when
	 */
	public record ExtensionRow(long unitId, String unitCode, String unitName, Phase phase, Instant normalEnd,
			Instant endsAt, String reason, String grantedBy, Instant grantedAt) {
	}

}
