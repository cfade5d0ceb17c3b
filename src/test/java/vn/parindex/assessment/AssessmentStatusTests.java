package vn.parindex.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

import vn.parindex.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The moves of the assessment workflow: exactly the listed pairs are allowed, every other
 * pair (staying put included) is refused, and the database trigger of V7 allows the same
 * pairs.
 */
class AssessmentStatusTests {

	/** The workflow of issue 5, written out by hand. */
	private static final Set<String> ALLOWED = Set.of("DRAFT>SUBMITTED", "SUBMITTED>DRAFT", "SUBMITTED>IN_APPRAISAL",
			"IN_APPRAISAL>EXPLANATION_REQUESTED", "IN_APPRAISAL>APPROVED", "IN_APPRAISAL>RETURNED",
			"EXPLANATION_REQUESTED>EXPLAINED", "EXPLANATION_REQUESTED>REAPPRAISED", "EXPLAINED>REAPPRAISED",
			"REAPPRAISED>APPROVED", "REAPPRAISED>RETURNED", "RETURNED>REAPPRAISED", "APPROVED>RETURNED");

	static Stream<Arguments> everyPair() {
		return Arrays.stream(AssessmentStatus.values())
			.flatMap((from) -> Arrays.stream(AssessmentStatus.values())
				.map((to) -> Arguments.of(from, to, ALLOWED.contains(from + ">" + to))));
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@MethodSource("everyPair")
	void allowsExactlyTheMovesOfTheWorkflow(AssessmentStatus from, AssessmentStatus to, boolean allowed) {
		assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@MethodSource("everyPair")
	void theAggregateMovesOnlyWhereAllowedAndStaysPutOtherwise(AssessmentStatus from, AssessmentStatus to,
			boolean allowed) {
		Assessment assessment = in(from);
		if (allowed) {
			assertThat(assessment.moveTo(to)).isEqualTo(from);
			assertThat(assessment.status()).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> assessment.moveTo(to)).isInstanceOf(BusinessRuleException.class)
				.extracting((ex) -> ((BusinessRuleException) ex).messageKey())
				.isEqualTo("assessment.transition.refused");
			assertThat(assessment.status()).isEqualTo(from);
		}
	}

	@Test
	void theDatabaseTriggerAllowsTheSamePairs() throws IOException {
		String sql;
		try (InputStream in = getClass().getResourceAsStream("/db/migration/V7__assessment_workflow.sql")) {
			assertThat(in).as("V7 migration on the classpath").isNotNull();
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int start = sql.indexOf("if (old.status, new.status) in (");
		int end = sql.indexOf(") then", start);
		assertThat(start).isNotNegative();
		Matcher pair = Pattern.compile("\\('([A-Z_]+)', '([A-Z_]+)'\\)").matcher(sql.substring(start, end));
		Set<String> trigger = new HashSet<>();
		while (pair.find()) {
			trigger.add(pair.group(1) + ">" + pair.group(2));
		}
		assertThat(trigger).containsExactlyInAnyOrderElementsOf(ALLOWED);
	}

	@Test
	void onlyDraftAndSubmittedAreBeforeTheAppraisal() {
		assertThat(Arrays.stream(AssessmentStatus.values()).filter((status) -> !status.inAppraisal()))
			.containsExactlyInAnyOrder(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED);
	}

	/** An assessment brought to the state by setting the field, as JPA would load it. */
	private static Assessment in(AssessmentStatus status) {
		Assessment assessment = new Assessment(1L, 2L, 3L, Instant.EPOCH);
		ReflectionTestUtils.setField(assessment, "status", status);
		return assessment;
	}

}
