package vn.parindex.assessment;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Formats;
import vn.parindex.shared.Role;

/**
 * Self-assessments as JSON: the lists, one workspace, saving a leaf (the server computes
 * the self-score), submitting, and the submissions with their snapshots. The facades
 * check role and unit.
 */
@RestController
@RequestMapping("/api/v1/assessments")
@Tag(name = "Assessments", description = "Self-assessments (tự đánh giá): entries per leaf, evidence, submission")
class AssessmentsApiController {

	private final AssessmentManagement assessments;

	private final SubmissionManagement submissions;

	private final CurrentActor actor;

	private final MessageSource messages;

	AssessmentsApiController(AssessmentManagement assessments, SubmissionManagement submissions, CurrentActor actor,
			MessageSource messages) {
		this.assessments = assessments;
		this.submissions = submissions;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List assessments",
			description = "Unit roles: their unit's periods (only the given one with cycle). Other roles: the units "
					+ "of the period in cycle (required, 400 without), drafts for ADMIN only.")
	List<AssessmentRowJson> list(
			@Parameter(description = "the period's id") @RequestParam(required = false) @Nullable Long cycle)
			throws MissingServletRequestParameterException {
		if (this.actor.get().hasRole(Role.UNIT_OFFICER, Role.UNIT_LEADER)) {
			return this.assessments.mine()
				.stream()
				.filter((row) -> cycle == null || row.cycleId() == cycle)
				.map(AssessmentRowJson::of)
				.toList();
		}
		if (cycle == null) {
			throw new MissingServletRequestParameterException("cycle", "long");
		}
		return this.assessments.ofCycle(cycle).stream().map(AssessmentRowJson::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one assessment",
			description = "Header, totals overall and per field, every leaf the unit enters with its inputs, "
					+ "self-score, version and evidence, the problems blocking submission and the caller's "
					+ "permissions. Others' drafts: 403.")
	AssessmentJson assessment(@Parameter(description = "the assessment's id") @PathVariable long id) {
		return AssessmentJson.of(this.assessments.workspace(id));
	}

	@PutMapping("/{id}/entries/{code}")
	@Operation(summary = "Save one leaf",
			description = "The unit's officer, a draft, the window open. Send the version read before editing; "
					+ "the server computes the self-score. Stale version: 409 with the entry as stored now in "
					+ "'current'; nothing is overwritten.")
	ResponseEntity<?> save(@PathVariable long id, @Parameter(description = "the leaf's code") @PathVariable String code,
			@RequestBody EntryJson body, Locale locale) {
		if (body.version() == null) {
			return answer(problem(HttpStatus.BAD_REQUEST, "assessment.api.version-required",
					text(locale, "assessment.api.version-required")));
		}
		try {
			return ResponseEntity.ok(EntrySavedJson.of(this.assessments.save(id, code, body.input(), body.version())));
		}
		catch (EntryConflictException | OptimisticLockingFailureException ex) {
			return conflict(this.assessments.entry(id, code), locale);
		}
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit",
			description = "The unit's leader, a draft, the window open, with the assessment's version. Refused "
					+ "with 409 and every blocking problem while leaves are unscored or lack evidence.")
	Submitted submit(@PathVariable long id,
			@Parameter(description = "the assessment's version") @RequestParam long version) {
		return new Submitted(this.submissions.submit(id, version));
	}

	@GetMapping("/{id}/submissions")
	@Operation(summary = "List submissions", description = "Newest first, with any withdrawal.")
	List<SubmissionRow> submissions(@PathVariable long id) {
		return this.assessments.submissions(id);
	}

	@GetMapping(path = "/{id}/submissions/{seq}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get a submission's snapshot", description = "The immutable snapshot JSON as stored.")
	String snapshot(@PathVariable long id, @Parameter(description = "1 for the first") @PathVariable int seq) {
		return this.assessments.snapshot(id, seq);
	}

	@ExceptionHandler(SubmissionRefusedException.class)
	ResponseEntity<ProblemDetail> refused(SubmissionRefusedException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ex.messageKey(),
				text(locale, ex.messageKey(), ex.arguments()));
		problem.setProperty("problems", ex.problems());
		return answer(problem);
	}

	private ResponseEntity<ProblemDetail> conflict(EntryRow current, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.conflict.stale",
				text(locale, "assessment.api.entry-conflict", current.code(), current.updatedBy(),
						Formats.dateTime(current.updatedAt())));
		problem.setProperty("current", AssessmentJson.Stored.of(current));
		return answer(problem);
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:parindex:problem:" + code));
		problem.setProperty("code", code);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A submission made: its number. */
	record Submitted(int seq) {
	}

}
