package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules the compiler cannot check: tables named after their module, one migration folder,
 * and message bundles with the same keys in Vietnamese and English.
 */
class StructureTests {

	static final Set<String> MODULES = Set.of("shared", "identity", "organisation", "framework", "assessment",
			"appraisal", "survey", "scoring", "portal", "reporting", "remediation", "audit", "notification");

	static final Pattern CREATE_TABLE = Pattern.compile("create table\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@Test
	void everyTableStartsWithItsModuleName() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path script : migrations()) {
			Matcher matcher = CREATE_TABLE.matcher(Files.readString(script));
			while (matcher.find()) {
				String table = matcher.group(1).toLowerCase();
				if (MODULES.stream().noneMatch((module) -> table.equals(module) || table.startsWith(module + "_"))) {
					offenders.add(script.getFileName() + ": " + table);
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	/**
	 * An id column such as {@code framework_id} names another module's row, not its
	 * table.
	 */
	@Test
	void noModuleQueriesAnotherModulesTables() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (String module : MODULES) {
			Path folder = Path.of("src/main/java/vn/parindex", module);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> sources = Files.walk(folder)) {
				for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
					String code = Files.readString(source);
					MODULES.stream()
						.filter((other) -> !other.equals(module))
						.filter((other) -> Pattern.compile("\\b" + other + "_[a-z_]+\\b")
							.matcher(code)
							.results()
							.anyMatch((match) -> !match.group().endsWith("_id")))
						.forEach((other) -> offenders.add(source + " uses a table of " + other));
				}
			}
		}
		assertThat(offenders).as("read other modules through their facades").isEmpty();
	}

	@Test
	void migrationsAreNamedByVersionModuleAndWhat() throws IOException {
		assertThat(migrations()).isNotEmpty()
			.allSatisfy((script) -> assertThat(script.getFileName().toString())
				.matches("V\\d+__(" + String.join("|", MODULES) + ")_[a-z0-9_]+\\.sql"));
	}

	@Test
	void vietnameseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		assertThat(keys("messages/messages.properties")).hasSizeGreaterThan(100);
		for (String bundle : List.of("messages", "plans", "followup", "gaps", "awards")) {
			Set<String> vietnamese = keys("messages/" + bundle + ".properties");
			Set<String> english = keys("messages/" + bundle + "_en.properties");
			assertThat(new TreeSet<>(english)).as(bundle).isEqualTo(new TreeSet<>(vietnamese));
		}
	}

	@Test
	void everyMessageBundleIsConfigured() throws IOException {
		String properties = Files.readString(Path.of("src/main/resources/application.properties"));
		try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
			List<String> names = bundles.map((path) -> path.getFileName().toString())
				.filter((name) -> !name.contains("_"))
				.map((name) -> "messages/" + name.replace(".properties", ""))
				.toList();
			assertThat(names).allSatisfy((name) -> assertThat(properties).contains(name));
		}
	}

	/**
	 * PDF templates ({@code *-pdf.html}) never reach a browser: they keep their own style
	 * block.
	 */
	@Test
	void templatesUseNoInlineScriptsOrStyles() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = new ArrayList<>();
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				boolean pdf = template.getFileName().toString().endsWith("-pdf.html");
				if (html.contains(" style=\"") || (html.contains("<style") && !pdf) || html.contains("hx-on")
						|| html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*")) {
					offenders.add(template.toString());
				}
			}
			assertThat(offenders).as("CSP forbids inline script and style").isEmpty();
		}
	}

	private static List<Path> migrations() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter((p) -> p.toString().endsWith(".sql")).sorted().toList();
		}
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = StructureTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}

}
