package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.parindex.framework.FrameworkManagement;

/**
 * The demo's illustrative frameworks, imported through the facade like an uploaded file:
 * 2023 for departments and districts, 2025 for departments and communes/wards.
 */
@Component
class DemoFrameworks {

	private final FrameworkManagement frameworks;

	DemoFrameworks(FrameworkManagement frameworks) {
		this.frameworks = frameworks;
	}

	/** Imports the four frameworks unless frameworks exist already. */
	void load() {
		if (!this.frameworks.list(null).isEmpty()) {
			return;
		}
		load("department", 2023);
		load("district", 2023);
		load("department", 2025);
		load("commune", 2025);
	}

	private void load(String name, int year) {
		try (InputStream in = new ClassPathResource("demo/framework-" + name + "-illustrative.yaml").getInputStream()) {
			this.frameworks.importYaml(in, year);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
