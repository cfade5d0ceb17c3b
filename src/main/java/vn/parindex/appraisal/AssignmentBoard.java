package vn.parindex.appraisal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who appraises what in a period: for each peer group, its framework's fields with the
 * agency the framework names and the appraisers assigned; and the appraisers to choose
 * from.
 *
 * @param cycleId the period
 * @param cycleName its name
 * @param groups the peer groups the period evaluates
 * @param appraisers the active appraisers
 */
public record AssignmentBoard(long cycleId, String cycleName, List<Group> groups, List<Appraiser> appraisers) {

	/**
	 * A peer group and its fields.
	 *
	 * @param peerGroupId the peer group
	 * @param name its name
	 * @param frameworkName the framework it is evaluated with
	 * @param areas the framework's fields in order
	 */
	public record Group(long peerGroupId, String name, String frameworkName, List<Area> areas) {
	}

	/**
	 * A field and who appraises it.
	 *
	 * @param code the field's code
	 * @param name its name
	 * @param agency the appraising agency the framework names, if any
	 * @param assigned the appraisers assigned
	 */
	public record Area(String code, String name, @Nullable String agency, List<AssignmentRow> assigned) {
	}

	/**
	 * An appraiser to choose.
	 *
	 * @param id the user's id
	 * @param label name and login
	 */
	public record Appraiser(long id, String label) {
	}

}
