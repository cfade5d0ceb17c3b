package vn.parindex.framework;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Scoring guidance is rich text written as Markdown (paragraphs, lists, bold, links). Raw
 * HTML in it is escaped and unsafe links are dropped, so guidance can never inject markup
 * or script. Templates call it as {@code @guidance.html(text)}.
 */
@Component("guidance")
public class Guidance {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	public String html(@Nullable String markdown) {
		return (markdown == null || markdown.isBlank()) ? "" : this.renderer.render(this.parser.parse(markdown));
	}

}
