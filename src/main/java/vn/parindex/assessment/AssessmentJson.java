package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.RuleInput;
import vn.parindex.organisation.UnitType;

/**
 * An assessment's workspace as the API returns it: the header, the totals, each leaf the
 * unit enters with its evidence, what blocks submission and what the caller may do.
 *
 * @param id the assessment
 * @param version the version submit sends back
 * @param cycleId the period
 * @param cycleName its name
 * @param year its year
 * @param unitId the unit
 * @param unitCode its code
 * @param unitName its name
 * @param unitType its type
 * @param frameworkId the framework
 * @param frameworkName its name
 * @param status its state
 * @param submittedAt when submitted
 * @param submittedBy by whom
 * @param deadline the unit's self-assessment deadline
 * @param extended whether an extension applies
 * @param windowOpen whether the self-assessment window is open now
 * @param overall the whole framework's totals
 * @param fields each field's totals
 * @param entries the leaves the unit enters, in tree order
 * @param problems what blocks submission
 * @param warnings what the leader should read before submitting
 * @param permissions what the caller may do now
 */
record AssessmentJson(long id, long version, long cycleId, String cycleName, int year, long unitId, String unitCode,
		String unitName, UnitType unitType, long frameworkId, String frameworkName, AssessmentStatus status,
		@Nullable Instant submittedAt, @Nullable String submittedBy, @Nullable Instant deadline, boolean extended,
		boolean windowOpen, Totals overall, List<Field> fields, List<Entry> entries, List<Problem> problems,
		List<Problem> warnings, Workspace.Permissions permissions) {

	static AssessmentJson of(Workspace ws) {
		Workspace.Header h = ws.header();
		List<Field> fields = ws.nodes()
			.stream()
			.filter((node) -> node.level() == 1)
			.map((node) -> Field.of(node.definition().code(), node.definition().nameVi(), ws))
			.toList();
		List<Entry> entries = ws.nodes()
			.stream()
			.filter((node) -> node.entered() && node.entry() != null)
			.map((node) -> Entry.of(h.id(), node))
			.toList();
		return new AssessmentJson(h.id(), h.version(), h.cycleId(), h.cycleName(), h.year(), h.unitId(), h.unitCode(),
				h.unitName(), h.unitType(), h.frameworkId(), h.frameworkName(), h.status(), h.submittedAt(),
				h.submittedBy(), h.deadline(), h.extended(), h.windowOpen(), Totals.of(ws.overall()), fields, entries,
				ws.problems(), ws.warnings(), ws.can());
	}

	/** Totals: the self-score, the applicable maximum, the percentage, leaves done. */
	record Totals(BigDecimal self, BigDecimal max, @Nullable BigDecimal percent, int done, int total) {

		static Totals of(Tally tally) {
			return new Totals(tally.self(), tally.max(), tally.percent(), tally.done(), tally.total());
		}

	}

	/** A field (lĩnh vực) with its totals. */
	record Field(String code, String name, Totals totals) {

		static Field of(String code, String name, Workspace ws) {
			return new Field(code, name, Totals.of(ws.tally(code)));
		}

	}

	/** What the unit typed for the rule. */
	record Inputs(@Nullable Boolean met, @Nullable BigDecimal numerator, @Nullable BigDecimal denominator,
			@Nullable BigDecimal value, @Nullable Integer count, @Nullable BigDecimal points,
			Map<String, Integer> events) {

		static Inputs of(RuleInput rule) {
			return new Inputs(rule.met(), rule.numerator(), rule.denominator(), rule.value(), rule.count(),
					rule.points(), rule.events());
		}

	}

	/** A leaf's entry as stored, without its framework data. */
	record Stored(String code, @Nullable BigDecimal selfPoints, boolean naClaimed, @Nullable String naReason,
			@Nullable String explanation, Inputs inputs, long version, Instant updatedAt, String updatedBy) {

		static Stored of(EntryRow row) {
			EntryInput input = row.input();
			return new Stored(row.code(), row.selfPoints(), input.naClaimed(), input.naReason(), input.explanation(),
					Inputs.of(input.rule()), row.version(), row.updatedAt(), row.updatedBy());
		}

	}

	/** A leaf the unit enters, with its entry and evidence. */
	record Entry(String code, String name, @Nullable BigDecimal maxPoints, boolean required,
			@Nullable BigDecimal selfPoints, boolean naClaimed, @Nullable String naReason, @Nullable String explanation,
			Inputs inputs, long version, Instant updatedAt, String updatedBy, List<EvidenceJson> evidence) {

		static Entry of(long assessmentId, Workspace.Node node) {
			EntryRow row = java.util.Objects.requireNonNull(node.entry());
			Stored s = Stored.of(row);
			return new Entry(s.code(), node.definition().nameVi(), node.definition().maxPoints(), node.required(),
					s.selfPoints(), s.naClaimed(), s.naReason(), s.explanation(), s.inputs(), s.version(),
					s.updatedAt(), s.updatedBy(),
					node.evidence().stream().map((e) -> EvidenceJson.of(assessmentId, e)).toList());
		}

	}

	/** An evidence document with its file and the link to download it. */
	record EvidenceJson(long id, long fileId, String name, String mediaType, long size, String sha256,
			@Nullable String docNumber, @Nullable LocalDate issuedOn, @Nullable String issuer, @Nullable String note,
			String downloadUrl) {

		static EvidenceJson of(long assessmentId, EvidenceRow row) {
			FileRow file = row.file();
			EvidenceDetails d = row.details();
			return new EvidenceJson(row.id(), file.id(), file.displayName(), file.mediaType(), file.size(),
					file.sha256(), d.docNumber(), d.issuedOn(), d.issuer(), d.note(),
					"/assessments/" + assessmentId + "/files/" + file.id());
		}

	}

}
