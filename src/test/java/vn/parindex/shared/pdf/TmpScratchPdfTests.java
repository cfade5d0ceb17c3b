package vn.parindex.shared.pdf;

import java.io.FileOutputStream;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

class TmpScratchPdfTests {

	@Test
	void scratch() throws Exception {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		engine.setTemplateEngineMessageSource(messages);
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean("fmt", Class.forName("vn.parindex.shared.web.WebConfiguration$FormatsHelper"));
		context.refresh();
		Object report = Class.forName("vn.parindex.assessment.ReportFixtures").getDeclaredMethod("report");
		java.lang.reflect.Method m = Class.forName("vn.parindex.assessment.ReportFixtures").getDeclaredMethod("report");
		m.setAccessible(true);
		vn.parindex.assessment.AssessmentReport r = (vn.parindex.assessment.AssessmentReport) m.invoke(null);
		java.util.List<vn.parindex.assessment.AssessmentReport.Line> lines = new java.util.ArrayList<>();
		for (int i = 0; i < 15; i++) {
			lines.addAll(r.lines());
		}
		vn.parindex.assessment.AssessmentReport big = new vn.parindex.assessment.AssessmentReport(r.unitName(),
				r.unitCode(), r.cycleName(), r.year(), r.frameworkName(), "assessment.status.DRAFT", null, null,
				r.selfTotal(), r.applicableMax(), r.percent(), 1, 2, lines, r.generatedAt());
		try (FileOutputStream out = new FileOutputStream("/tmp/report-big.pdf")) {
			new PdfRenderer(engine, context).render("assessment/report-pdf", Map.of("report", big),
					Locale.forLanguageTag("vi"), out);
		}
		for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH }) {
			try (FileOutputStream out = new FileOutputStream("/tmp/report-" + locale + ".pdf")) {
				new PdfRenderer(engine, context).render("assessment/report-pdf", Map.of("report", m.invoke(null)),
						locale, out);
			}
		}
	}

}
