package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The appraisal over JSON: a unit's leaves with every round, and setting a leaf's points
 * in the open round with the version read (409 when stale or locked).
 */
@RestController
class AppraisalsApiController {

	private final AppraisalManagement appraisals;

	AppraisalsApiController(AppraisalManagement appraisals) {
		this.appraisals = appraisals;
	}

	@GetMapping("/api/v1/appraisals/{id}")
	List<ScoreRow> scores(@PathVariable long id) {
		return this.appraisals.scores(id);
	}

	@PutMapping("/api/v1/appraisals/{id}/scores/{code}")
	ScoreRow score(@PathVariable long id, @PathVariable String code, @RequestBody ScoreJson body) {
		return this.appraisals.score(id, code,
				new ScoreForm(body.points(), body.naRefused(), body.comment(), body.flagged()), body.version());
	}

	/**
	 * A leaf's points as JSON.
	 *
	 * @param points the points; null accepts an N/A claim
	 * @param naRefused whether N/A is refused
	 * @param comment the comment
	 * @param flagged whether the unit must explain
	 * @param version the version read
	 */
	record ScoreJson(@Nullable BigDecimal points, boolean naRefused, @Nullable String comment, boolean flagged,
			long version) {
	}

}
