package vn.parindex.survey;

import java.io.InputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Paper and 1022 call-centre responses in bulk (ADMIN): one CSV for any number of
 * campaigns, one answer per row, stored whole or not at all in one transaction
 * ({@link BulkResponseImport}). The audit log records the counts only.
 */
@Service
@Transactional
public class SurveyBulkImport {

	private final BulkResponseImport bulk;

	private final CurrentActor actor;

	private final ApplicationEventPublisher events;

	SurveyBulkImport(BulkResponseImport bulk, CurrentActor actor, ApplicationEventPublisher events) {
		this.bulk = bulk;
		this.actor = actor;
		this.events = events;
	}

	/**
	 * Stores every response of the CSV, counted, or refuses the whole file with every bad
	 * cell ({@link vn.parindex.shared.xlsx.ImportRejectedException}).
	 */
	public BulkImportSummary importCsv(InputStream csv) {
		this.actor.requireRole(Role.ADMIN);
		BulkImportSummary summary = this.bulk.load(csv);
		this.events.publishEvent(new SurveyChanged("IMPORT_RESPONSES", "survey-bulk-import", null, null, summary));
		return summary;
	}

}
