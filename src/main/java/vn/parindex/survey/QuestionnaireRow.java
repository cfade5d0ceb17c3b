package vn.parindex.survey;

import java.time.Instant;

/**
 * A stored questionnaire version.
 *
 * @param id its id
 * @param code its code
 * @param version its version
 * @param nameVi its title
 * @param formula how its index is computed
 * @param createdAt when it was added
 */
public record QuestionnaireRow(long id, String code, int version, String nameVi, IndexFormula formula,
		Instant createdAt) {

	public String label() {
		return this.code + " v" + this.version + " – " + this.nameVi;
	}

}
