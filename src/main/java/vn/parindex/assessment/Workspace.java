package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.rule.ManualRangeRule;
import vn.parindex.organisation.UnitType;

/**
 * A unit's assessment as its workspace shows it: the tree with each leaf's entry and
 * evidence, the totals, what blocks submission and what the user may do.
 *
 * @param header who, which period, which state
 * @param nodes the framework tree in order
 * @param tallies totals per node code; the whole framework under {@code ""}
 * @param problems what blocks submission
 * @param warnings what the leader should read before submitting
 * @param files the files uploaded to this assessment, to attach again
 * @param submissions earlier submissions, newest first
 * @param can what the current user may do now
 */
public record Workspace(Header header, List<Node> nodes, Map<String, Tally> tallies, List<Problem> problems,
		List<Problem> warnings, List<FileRow> files, List<SubmissionRow> submissions, Permissions can) {

	/** The filters of the workspace. */
	public enum Filter {

		ALL, TODO, EVIDENCE_MISSING, NA;

		public static Filter of(@Nullable String text) {
			for (Filter filter : values()) {
				if (filter.name().equalsIgnoreCase(String.valueOf(text).replace('-', '_'))) {
					return filter;
				}
			}
			return ALL;
		}

	}

	public Tally overall() {
		return this.tallies.getOrDefault("", Tally.ZERO);
	}

	public Tally tally(String code) {
		return this.tallies.getOrDefault(code, Tally.ZERO);
	}

	/** How many entered leaves match the filter. */
	public long count(Filter filter) {
		return this.nodes.stream().filter((node) -> node.entered() && node.matches(filter)).count();
	}

	/** The nodes to show: the matching leaves with their ancestors, in tree order. */
	public List<Node> visible(Filter filter) {
		if (filter == Filter.ALL) {
			return this.nodes;
		}
		Set<String> keep = new HashSet<>();
		for (Node node : this.nodes) {
			if (node.entered() && node.matches(filter)) {
				String code = node.definition().code();
				keep.add(code);
				for (int at = code.lastIndexOf('.'); at > 0; at = code.lastIndexOf('.', at - 1)) {
					keep.add(code.substring(0, at));
				}
			}
		}
		List<Node> visible = new ArrayList<>();
		this.nodes.stream().filter((node) -> keep.contains(node.definition().code())).forEach(visible::add);
		return visible;
	}

	/**
	 * Grows with every save of any leaf (the sum of the entries' versions), so a page can
	 * tell an older progress panel from a newer one when two saves answer out of order.
	 */
	public long stamp() {
		return this.nodes.stream()
			.filter((node) -> node.entry() != null)
			.mapToLong((node) -> node.entry().version())
			.sum();
	}

	public boolean blocked() {
		return this.problems.stream().anyMatch((problem) -> problem.kind().blocking());
	}

	/**
	 * The assessment itself.
	 *
	 * @param id its id
	 * @param version the version submit and withdraw forms send back
	 * @param cycleId the period
	 * @param cycleName its name
	 * @param year its year
	 * @param unitId the unit
	 * @param unitCode its code
	 * @param unitName its name
	 * @param unitType its type, which decides the leaves that apply
	 * @param frameworkId the framework
	 * @param frameworkName its name
	 * @param status its state
	 * @param submittedAt when submitted, null for a draft
	 * @param submittedBy by whom
	 * @param deadline the unit's self-assessment deadline, extension included
	 * @param extended whether an extension applies
	 * @param windowOpen whether the self-assessment window is open now
	 */
	public record Header(long id, long version, long cycleId, String cycleName, int year, long unitId, String unitCode,
			String unitName, UnitType unitType, long frameworkId, String frameworkName, AssessmentStatus status,
			@Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable Instant deadline, boolean extended,
			boolean windowOpen) {
	}

	/**
	 * One node of the tree.
	 *
	 * @param definition the framework's node
	 * @param leaf whether it is a leaf
	 * @param entered whether the unit enters it (self-assessed, bonus or penalty,
	 * applying to the unit)
	 * @param required whether it must be scored before submission
	 * @param entry its entry, null for parents and leaves the unit does not enter
	 * @param evidence its evidence documents
	 * @param state what counts for progress
	 */
	public record Node(NodeDefinition definition, boolean leaf, boolean entered, boolean required,
			@Nullable EntryRow entry, List<EvidenceRow> evidence, LeafState state) {

		public boolean done() {
			return this.state.done();
		}

		public boolean missingEvidence() {
			return this.entered && SelfScores.missingEvidence(this.definition, this.state);
		}

		public boolean matches(Filter filter) {
			return switch (filter) {
				case ALL -> true;
				case TODO -> this.required && !done();
				case EVIDENCE_MISSING -> missingEvidence();
				case NA -> this.state.naClaimed();
			};
		}

		/** The steps a manual-range leaf allows, empty for other rules. */
		public List<BigDecimal> choices() {
			if (this.definition.rule() instanceof ManualRangeRule range && this.definition.maxPoints() != null) {
				return range.choices(this.definition.maxPoints());
			}
			return List.of();
		}

		public int level() {
			return this.definition.level();
		}

	}

	/**
	 * What the current user may do now.
	 *
	 * @param edit enter scores and evidence: the unit's officer, a draft, the window open
	 * @param submit submit: the unit's leader, a draft, the window open
	 * @param withdraw withdraw: the unit's leader, submitted, before appraisal, the
	 * window open
	 */
	public record Permissions(boolean edit, boolean submit, boolean withdraw) {
	}

}
