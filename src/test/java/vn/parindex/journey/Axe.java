package vn.parindex.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * Runs axe-core's WCAG 2 A and AA rules in the page and lists every violation.
 */
final class Axe {

	static final String SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private Axe() {
	}

	/** Opens {@code path} and lists its violations. */
	static List<String> check(Page page, String path) {
		page.navigate(path);
		return violations(page, path);
	}

	/** The violations of the page as it is now, each prefixed with {@code where}. */
	static List<String> violations(Page page, String where) {
		page.evaluate(source());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
				async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })).violations
				    .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))
				""");
		return found.stream()
			.map((v) -> where + ": " + v.get("id") + " (" + v.get("impact") + ") at " + v.get("nodes"))
			.toList();
	}

	private static String source() {
		try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException("axe-core webjar missing from the test classpath: " + SCRIPT);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
