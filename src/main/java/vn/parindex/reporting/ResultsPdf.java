package vn.parindex.reporting;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultsSnapshot.Group;
import vn.parindex.scoring.ResultsSnapshot.Unit;
import vn.parindex.shared.pdf.PdfRenderer;

/**
 * The PDFs of a publication: the decision's annex with the ranking of every peer group,
 * and a one-page scorecard per unit. Labels that need logic (band in the language, the
 * change in words) are prepared here, per unit id, so the templates only print.
 */
@Component
class ResultsPdf {

	static final String ANNEX = "reporting/annex-pdf";

	static final String SCORECARD = "reporting/scorecard-pdf";

	static final int LOST_SHOWN = 5;

	private final PdfRenderer renderer;

	private final MessageSource messages;

	ResultsPdf(PdfRenderer renderer, MessageSource messages) {
		this.renderer = renderer;
		this.messages = messages;
	}

	byte[] annex(PublishedResults results, Locale locale) {
		Map<String, Object> model = model(results, new Labels(this.messages, locale));
		return render(ANNEX, model, locale);
	}

	byte[] scorecard(PublishedResults results, Group group, Unit unit, Locale locale) {
		Map<String, Object> model = model(results, new Labels(this.messages, locale));
		model.put("group", group);
		model.put("unit", unit);
		model.put("result", unit.result());
		model.put("lost", unit.result().lost().subList(0, Math.min(LOST_SHOWN, unit.result().lost().size())));
		return render(SCORECARD, model, locale);
	}

	private static Map<String, Object> model(PublishedResults results, Labels labels) {
		Map<String, String> bands = new HashMap<>();
		Map<String, String> changes = new HashMap<>();
		results.snapshot().groups().stream().flatMap((group) -> group.units().stream()).forEach((unit) -> {
			String id = String.valueOf(unit.result().unitId());
			bands.put(id, labels.band(unit.result().band()));
			changes.put(id, labels.change(unit.result().change()));
		});
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("publication", results.publication());
		model.put("snapshot", results.snapshot());
		model.put("year", String.valueOf(results.publication().year()));
		model.put("bands", bands);
		model.put("changes", changes);
		model.put("groups", List.copyOf(results.snapshot().groups()));
		return model;
	}

	private byte[] render(String template, Map<String, Object> model, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.renderer.render(template, model, locale, out);
		return out.toByteArray();
	}

}
