package vn.parindex.framework;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.parindex.framework.rule.RuleType;
import vn.parindex.framework.rule.TieredRule;
import vn.parindex.organisation.UnitType;
import vn.parindex.shared.xlsx.ImportRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FrameworkYamlTests {

	static FrameworkDefinition demo(String name, int year) throws IOException {
		try (InputStream in = new ClassPathResource("demo/framework-" + name + "-illustrative.yaml").getInputStream()) {
			return FrameworkYaml.read(in, year);
		}
		catch (ImportRejectedException ex) {
			throw new AssertionError(ex.errors()
				.stream()
				.map((error) -> error.cell() + " " + error.messageKey() + " "
						+ java.util.Arrays.toString(error.arguments()))
				.toList()
				.toString(), ex);
		}
	}

	@Test
	void readsTheIllustrativeDepartmentFrameworkWithoutFaults() throws IOException {
		FrameworkDefinition framework = demo("department", 2023);
		assertThat(FrameworkValidation.check(framework)).isEmpty();
		assertThat(framework.header().year()).isEqualTo(2023);
		assertThat(framework.header().unitTypes()).containsExactly(UnitType.DEPARTMENT);
		assertThat(framework.children(null)).hasSize(9);
		assertThat(framework.scoredTotal()).isEqualByComparingTo("100");
		assertThat(framework.settings().selfAssessmentTotal()).isEqualByComparingTo("70");
		assertThat(framework.bands()).extracting(Band::code)
			.containsExactly("XUAT_SAC", "TOT", "KHA", "TRUNG_BINH", "YEU");
		NodeDefinition leaf = framework.node("1.1.2").orElseThrow();
		assertThat(leaf.rule()).isInstanceOf(TieredRule.class);
		assertThat(leaf.rule().type()).isEqualTo(RuleType.TIERED_RATIO);
		assertThat(framework.node("3.6").orElseThrow().dataFeed()).isEqualTo("qd766");
		String text = new ClassPathResource("demo/framework-department-illustrative.yaml")
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(framework.leaves()).hasSize(text.split("rule_type:", -1).length - 1)
			.allSatisfy((node) -> assertThat(node.rule()).isNotNull());
	}

	@Test
	void readsTheIllustrativeCommuneFrameworkWithoutFaults() throws IOException {
		FrameworkDefinition framework = demo("commune", 2025);
		assertThat(FrameworkValidation.check(framework)).isEmpty();
		assertThat(framework.header().unitTypes()).containsExactly(UnitType.WARD, UnitType.COMMUNE);
	}

	@Test
	void writtenYamlReadsBackToTheSameFramework() throws IOException {
		for (String name : new String[] { "department", "commune" }) {
			FrameworkDefinition framework = demo(name, 2024);
			String yaml = FrameworkYamlWriter.write(framework);
			FrameworkDefinition again = FrameworkYaml
				.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), null);
			assertThat(again).isEqualTo(framework);
			assertThat(yaml).contains("year: 2024").contains("rule_type: tiered_ratio");
		}
	}

	@Test
	void rejectsAFileThatIsNotYaml() {
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> FrameworkYaml.read(new ByteArrayInputStream("framework: [unclosed".getBytes()), 2024))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((error) -> assertThat(error.messageKey()).isEqualTo("framework.import.not-yaml")));
	}

	@Test
	void listsEveryBadEntryAndTheSumFaults() {
		String yaml = """
				framework:
				  name_vi: "Thử"
				  applies_to_unit_types: [department, planet]
				  scale_max: 100
				  classification_bands:
				    bands:
				      - {code: ALL, label_vi: "Tất cả", min: 0}
				  fields:
				    - code: "1"
				      name_vi: "Lĩnh vực"
				      max_points: 100
				      criteria:
				        - code: "1.1"
				          name_vi: "Tiêu chí"
				          max_points: abc
				          rule_type: binary
				          source: self_assessment
				        - code: "1.2"
				          name_vi: "Tiêu chí 2"
				          max_points: 5
				          rule_type: magic
				          source: self_assessment
				        - code: "1.3"
				          name_vi: "Tiêu chí 3"
				          max_points: 5
				          rule_type: tiered_ratio
				          params: {tiers: [{gte: 50, points: 5}], colour: red}
				          source: self_assessment
				""";
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> FrameworkYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), 2024))
			.satisfies((ex) -> assertThat(ex.errors()).extracting((error) -> error.messageKey())
				.containsExactlyInAnyOrder("framework.import.value-unknown", "framework.import.not-a-number",
						"framework.import.value-unknown", "framework.params.unknown"));
		assertThat(new BigDecimal("1.50").stripTrailingZeros().toPlainString()).isEqualTo("1.5");
	}

}
