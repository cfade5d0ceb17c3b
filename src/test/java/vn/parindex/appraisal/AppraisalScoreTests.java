package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.parindex.framework.NodeDefinition;
import vn.parindex.framework.Source;
import vn.parindex.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of a leaf's appraised points: a comment whenever the points differ from the
 * self-score, N/A is refused or the leaf is flagged; points within 0..max; round 2 needs
 * a comment when it changes round 1's points.
 */
class AppraisalScoreTests {

	private static final Instant NOW = Instant.parse("2026-01-10T03:00:00Z");

	/** A leaf worth 2 points where N/A may be claimed. */
	private static final NodeDefinition LEAF = new NodeDefinition("1.1.2", "1.1", "Tỷ lệ hoàn thành kế hoạch", null,
			null, new BigDecimal("2"), false, null, null, null, true, true, null, List.of(), null);

	@Test
	void acceptingTheSelfScoreNeedsNoComment() {
		AppraisalScore score = selfScored("2");
		score.scoreRound1(LEAF, new ScoreForm(new BigDecimal("2.00"), false, " ", false), "thamdinh", NOW);
		assertThat(score.round1Points()).isEqualByComparingTo("2");
		assertThat(score.round1Comment()).isNull();
		assertThat(score.flagged()).isFalse();
		assertThat(score.appraised(Round.ROUND_1)).isTrue();
		assertThat(score.appraised(Round.ROUND_2)).isFalse();
	}

	@Test
	void pointsDifferentFromTheSelfScoreNeedAComment() {
		AppraisalScore score = selfScored("2");
		assertRefused(() -> score.scoreRound1(LEAF, form("1", null, false), "thamdinh", NOW),
				"appraisal.comment.required");
		assertRefused(() -> score.scoreRound1(LEAF, form("1", "   ", false), "thamdinh", NOW),
				"appraisal.comment.required");
		assertThat(score.appraised(Round.ROUND_1)).isFalse();
		score.scoreRound1(LEAF, form("1", "  Thiếu kế hoạch quý IV  ", false), "thamdinh", NOW);
		assertThat(score.round1Points()).isEqualByComparingTo("1");
		assertThat(score.round1Comment()).isEqualTo("Thiếu kế hoạch quý IV");
	}

	@Test
	void pointsOnALeafTheUnitLeftUnscoredNeedAComment() {
		AppraisalScore score = new AppraisalScore(1L, "1.1.2");
		score.submitted(null, false);
		assertRefused(() -> score.scoreRound1(LEAF, form("0", null, false), "thamdinh", NOW),
				"appraisal.comment.required");
	}

	@Test
	void acceptingAnNaClaimNeedsNoCommentButRefusingItDoes() {
		AppraisalScore accepted = naClaimed();
		accepted.scoreRound1(LEAF, new ScoreForm(null, false, null, false), "thamdinh", NOW);
		assertThat(accepted.round1Points()).isNull();
		assertThat(accepted.appraised(Round.ROUND_1)).isTrue();

		AppraisalScore refused = naClaimed();
		assertRefused(
				() -> refused.scoreRound1(LEAF, new ScoreForm(BigDecimal.ZERO, true, null, false), "thamdinh", NOW),
				"appraisal.comment.required");
		assertRefused(() -> refused.scoreRound1(LEAF, new ScoreForm(null, true, "Có áp dụng", false), "thamdinh", NOW),
				"appraisal.points.required");
		refused.scoreRound1(LEAF, new ScoreForm(BigDecimal.ZERO, true, "Đơn vị có nhiệm vụ này", false), "thamdinh",
				NOW);
		assertThat(refused.round1Points()).isEqualByComparingTo("0");
	}

	@Test
	void flaggingNeedsACommentEvenWhenThePointsAreAccepted() {
		AppraisalScore score = selfScored("2");
		assertRefused(() -> score.scoreRound1(LEAF, form("2", null, true), "thamdinh", NOW),
				"appraisal.comment.required-for-flag");
		score.scoreRound1(LEAF, form("2", "Bổ sung quyết định ban hành", true), "thamdinh", NOW);
		assertThat(score.flagged()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.01", "3", "-0.25", "1.005" })
	void pointsOutsideTheLeafsRangeAreRefused(String points) {
		AppraisalScore score = selfScored("2");
		assertRefused(() -> score.scoreRound1(LEAF, form(points, "Lý do", false), "thamdinh", NOW),
				"appraisal.points.range");
		assertThat(score.round1Points()).isNull();
	}

	@Test
	void theLeafsBoundsThemselvesAreAccepted() {
		AppraisalScore score = selfScored("2");
		score.scoreRound1(LEAF, form("0", "Không đạt", false), "thamdinh", NOW);
		assertThat(score.round1Points()).isEqualByComparingTo("0");
		score.scoreRound1(LEAF, form("2", null, false), "thamdinh", NOW);
		assertThat(score.round1Points()).isEqualByComparingTo("2");
	}

	@Test
	void roundTwoNeedsACommentOnlyWhenItChangesRoundOnesPoints() {
		AppraisalScore score = selfScored("2");
		score.scoreRound1(LEAF, form("1", "Thiếu tài liệu", true), "thamdinh", NOW);
		assertRefused(() -> score.scoreRound2(LEAF, form("1.5", null, false), "thamdinh", NOW),
				"appraisal.comment.required");
		assertThat(score.appraised(Round.ROUND_2)).isFalse();
		score.scoreRound2(LEAF, form("1.00", null, false), "thamdinh", NOW);
		assertThat(score.round2Points()).isEqualByComparingTo("1");
		score.scoreRound2(LEAF, form("1.5", "Đã bổ sung một phần", false), "thamdinh", NOW);
		assertThat(score.round2Points()).isEqualByComparingTo("1.5");
		assertThat(score.round2Comment()).isEqualTo("Đã bổ sung một phần");
		assertThat(score.finalPoints()).isEqualByComparingTo("1.5");
		assertRefused(() -> score.scoreRound2(LEAF, form("2.5", "Quá điểm", false), "thamdinh", NOW),
				"appraisal.points.range");
	}

	@Test
	void theFinalPointsAreRoundOnesUntilRoundTwoIsSet() {
		AppraisalScore score = selfScored("2");
		score.scoreRound1(LEAF, form("1", "Thiếu tài liệu", true), "thamdinh", NOW);
		assertThat(score.finalPoints()).isEqualByComparingTo("1");
	}

	@Test
	void pointsOnAnNaClaimNeedTheClaimRefused() {
		AppraisalScore score = naClaimed();
		assertRefused(() -> score.scoreRound1(LEAF, new ScoreForm(BigDecimal.ONE, false, "Có áp dụng", false),
				"thamdinh", NOW), "appraisal.na.points-without-refusal");
		assertThat(score.appraised(Round.ROUND_1)).isFalse();
	}

	@Test
	void aBonusIsNeverNegativeAndAPenaltyNeverPositive() {
		NodeDefinition bonus = outside("9.1", Source.BONUS);
		NodeDefinition penalty = outside("9.2", Source.PENALTY);
		AppraisalScore scoreBonus = selfScored("1");
		assertRefused(() -> scoreBonus.scoreRound1(bonus, form("-1", "Sai", false), "thamdinh", NOW),
				"appraisal.points.range");
		scoreBonus.scoreRound1(bonus, form("0.5", "Chỉ một sáng kiến", false), "thamdinh", NOW);
		assertThat(scoreBonus.round1Points()).isEqualByComparingTo("0.5");
		AppraisalScore scorePenalty = selfScored("-1");
		assertRefused(() -> scorePenalty.scoreRound1(penalty, form("1", "Sai", false), "thamdinh", NOW),
				"appraisal.points.range");
		scorePenalty.scoreRound1(penalty, form("-2", "Hai lần chậm báo cáo", false), "thamdinh", NOW);
		assertThat(scorePenalty.round1Points()).isEqualByComparingTo("-2");
	}

	private static NodeDefinition outside(String code, Source source) {
		return new NodeDefinition(code, "9", "Điểm thưởng, điểm trừ", null, null, null, false, null, source, null,
				false, true, null, List.of(), null);
	}

	private static AppraisalScore selfScored(String points) {
		AppraisalScore score = new AppraisalScore(1L, "1.1.2");
		score.submitted(new BigDecimal(points), false);
		return score;
	}

	private static AppraisalScore naClaimed() {
		AppraisalScore score = new AppraisalScore(1L, "1.1.2");
		score.submitted(null, true);
		return score;
	}

	private static ScoreForm form(String points, @Nullable String comment, boolean flagged) {
		return new ScoreForm(new BigDecimal(points), false, comment, flagged);
	}

	private static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOf(BusinessRuleException.class)
			.extracting((ex) -> ((BusinessRuleException) ex).messageKey())
			.isEqualTo(key);
	}

}
