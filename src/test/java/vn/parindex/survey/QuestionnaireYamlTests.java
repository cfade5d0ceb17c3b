package vn.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Questionnaires in YAML: the demo's SIPAS set reads with its five factors and writes
 * back to the same questionnaire; a weighted sociological form keeps its weights; every
 * bad entry is named by its path.
 */
class QuestionnaireYamlTests {

	@Test
	void theDemoSipasSetHasTheFiveFactorsAndExpectations() throws IOException {
		Questionnaire sipas;
		try (InputStream in = new ClassPathResource("demo/questionnaire-sipas-2017.yaml").getInputStream()) {
			sipas = QuestionnaireYaml.read(in);
		}
		assertThat(sipas.code()).isEqualTo("SIPAS-2017");
		assertThat(sipas.formula()).isEqualTo(IndexFormula.SATISFIED_SHARE);
		assertThat(sipas.factors()).extracting(Questionnaire.Factor::code)
			.containsExactly("TC", "TT", "CC", "KQ", "PA", "MD");
		assertThat(sipas.questions()).filteredOn((question) -> question.type() == QuestionType.SCALE).hasSize(16);
		assertThat(sipas.question("MD1").orElseThrow().options()).hasSize(4);
		assertThat(read(QuestionnaireYaml.write(sipas))).isEqualTo(sipas);
	}

	@Test
	void aWeightedFormKeepsItsWeightsAndTheMeanFormula() {
		Questionnaire form = read("""
				questionnaire:
				  code: XHH-DAIBIEU
				  name_vi: "Phiếu đại biểu HĐND đánh giá các sở"
				  respondents: "Đại biểu HĐND, Ủy ban MTTQ"
				  formula: mean_scaled
				  factors:
				    - code: CT
				      name_vi: "Chất lượng tham mưu"
				      questions:
				        - code: CT1
				          type: weighted
				          text_vi: "Chất lượng văn bản tham mưu"
				          options:
				            - {code: A, text_vi: "Tốt", weight: 100}
				            - {code: B, text_vi: "Khá", weight: 60}
				            - {code: C, text_vi: "Trung bình", weight: 20.5}
				            - {code: D, text_vi: "Kém", weight: 0}
				""");
		assertThat(form.formula()).isEqualTo(IndexFormula.MEAN_SCALED);
		assertThat(form.questions().get(0).options()).extracting(Questionnaire.Option::weight)
			.containsExactly(new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("20.5"), new BigDecimal("0"));
		assertThat(read(QuestionnaireYaml.write(form))).isEqualTo(form);
	}

	@Test
	void everyBadEntryIsNamedByItsPath() {
		assertThatThrownBy(() -> read(
				"""
						questionnaire:
						  code: X
						  name_vi: "Phiếu thử"
						  formula: median
						  factors:
						    - code: A
						      name_vi: "Yếu tố A"
						      questions:
						        - {code: A1, text_vi: "Câu 1", options: [{code: A, text_vi: "Có"}]}
						        - {code: A1, text_vi: "Câu 2", type: slider}
						        - {code: A3, text_vi: "Câu 3", type: weighted, options: [{code: A, text_vi: "Tốt", weight: 120}]}
						        - {code: A4, type: choices}
						    - code: B
						      name_vi: "Yếu tố B"
						"""))
			.isInstanceOfSatisfying(ImportRejectedException.class,
					(ex) -> assertThat(ex.errors()).extracting(ImportError::cell, ImportError::messageKey)
						.containsExactlyInAnyOrder(tuple("respondents", "import.required"),
								tuple("formula", "survey.yaml.formula-unknown"),
								tuple("factors[0].questions[0].options", "survey.yaml.scale-options"),
								tuple("factors[0].questions[1].code", "survey.yaml.code-twice"),
								tuple("factors[0].questions[1].type", "survey.yaml.type-unknown"),
								tuple("factors[0].questions[2].options[0].weight", "survey.yaml.weight-range"),
								tuple("factors[0].questions[3].text_vi", "import.required"),
								tuple("factors[0].questions[3].options", "survey.yaml.options-missing"),
								tuple("factors[1].questions", "survey.yaml.questions-missing")));
		assertThatThrownBy(() -> read("questionnaire: [unclosed")).isInstanceOfSatisfying(ImportRejectedException.class,
				(ex) -> assertThat(ex.errors()).extracting(ImportError::messageKey)
					.containsExactly("survey.yaml.unreadable"));
	}

	private static Questionnaire read(String yaml) {
		return QuestionnaireYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

}
