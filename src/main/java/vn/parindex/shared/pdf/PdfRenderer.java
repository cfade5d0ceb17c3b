package vn.parindex.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template written as well-formed XHTML to an A4 PDF with
 * openhtmltopdf. Messages ({@code #{…}}) come in the given locale and bean references
 * such as {@code @fmt} work as in pages. DejaVu Sans (regular and bold) is embedded so
 * Vietnamese diacritics print everywhere; templates use
 * {@code font-family: 'DejaVu Sans'}.
 */
@Component
public class PdfRenderer {

	/** The font family name templates use. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	PdfRenderer(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * Renders the template to {@code out}, which is left open.
	 * @param template the template name, e.g. {@code assessment/report-pdf}
	 * @param model the template's variables
	 * @param locale the language of the messages
	 * @param out where the PDF goes
	 */
	public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
		String html = this.templates.process(template, context(model, locale));
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
		builder.useFont(font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
		builder.useFont(font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
		builder.withHtmlContent(html, baseUri());
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Context context(Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return context;
	}

	private static FSSupplier<InputStream> font(String file) {
		return () -> {
			InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file);
			if (in == null) {
				throw new IllegalStateException("Font " + FONTS + file + " is not on the classpath");
			}
			return in;
		};
	}

	private static String baseUri() {
		return String.valueOf(PdfRenderer.class.getResource("/templates/"));
	}

}
