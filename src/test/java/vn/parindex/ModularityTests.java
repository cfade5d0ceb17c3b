package vn.parindex;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module wall: one package per business module, no cycles, and no module reaching
 * into another's non-public types. Also writes the module diagrams to
 * target/spring-modulith-docs.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ParindexApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyBusinessModuleOfTheHouseStyleIsAPackage() {
		for (String module : List.of("shared", "identity", "organisation", "framework", "assessment", "appraisal",
				"survey", "scoring", "portal", "reporting", "remediation", "audit")) {
			assertThat(
					ModularityTests.class.getClassLoader().getResource("vn/parindex/" + module + "/package-info.class"))
				.as(module)
				.isNotNull();
		}
		assertThat(modules.stream().map(ApplicationModule::getBasePackage).map((p) -> p.getName()))
			.contains("vn.parindex.identity", "vn.parindex.organisation", "vn.parindex.audit");
	}

	@Test
	void organisationDoesNotDependOnIdentity() {
		ApplicationModule organisation = modules.getModuleByName("organisation").orElseThrow();
		assertThat(organisation.getDependencies(modules).stream().map((d) -> d.getTargetModule().getName()))
			.doesNotContain("identity", "audit");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
