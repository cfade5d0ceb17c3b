package vn.parindex.survey;

import java.io.OutputStream;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * A stored questionnaire version as a file to download, in YAML or in the workbook layout
 * of {@link QuestionnaireXlsx} (ADMIN and VIEWER), and the empty workbook to fill in
 * (ADMIN). Adding a version from a file is {@link SurveyManagement}'s.
 */
@Service
@Transactional(readOnly = true)
class QuestionnaireFiles {

	private final SurveyQueries queries;

	private final SurveyStore store;

	private final CurrentActor actor;

	QuestionnaireFiles(SurveyQueries queries, SurveyStore store, CurrentActor actor) {
		this.queries = queries;
		this.store = store;
		this.actor = actor;
	}

	String yaml(long id) {
		return QuestionnaireYaml.write(questionnaire(id));
	}

	void xlsx(long id, OutputStream out) {
		QuestionnaireXlsx.write(questionnaire(id), out);
	}

	void template(OutputStream out) {
		this.actor.requireRole(Role.ADMIN);
		QuestionnaireXlsx.template(out);
	}

	/**
	 * The file's name without extension, such as {@code phieu-sipas-2017-v1}: the code's
	 * characters outside {@code A-Z a-z 0-9 . _ -} become {@code -}, in lower case.
	 */
	String fileName(long id) {
		QuestionnaireRow row = row(id);
		return "phieu-%s-v%d".formatted(row.code().replaceAll("[^A-Za-z0-9._-]", "-"), row.version())
			.toLowerCase(Locale.ROOT);
	}

	private Questionnaire questionnaire(long id) {
		row(id);
		return this.store.questionnaire(id);
	}

	private QuestionnaireRow row(long id) {
		this.actor.requireRole(Role.ADMIN, Role.VIEWER);
		return this.queries.questionnaires()
			.stream()
			.filter((row) -> row.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("survey-questionnaire", id));
	}

}
