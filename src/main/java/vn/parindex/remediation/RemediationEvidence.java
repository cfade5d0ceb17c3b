package vn.parindex.remediation;

import java.io.InputStream;
import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.shared.Actor;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;

/**
 * Evidence files of plan lines: the unit uploads and removes them (in a draft and after
 * submission alike), whoever may read the plan downloads them.
 */
@Service
@Transactional
public class RemediationEvidence {

	private final Plans plans;

	private final ItemEvidences files;

	private final PlanAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RemediationEvidence(Plans plans, ItemEvidences files, PlanAccess access, ApplicationEventPublisher events,
			Clock clock) {
		this.plans = plans;
		this.files = files;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks and stores a file for the line; its id.
	 * @param content the upload, read to its end but not closed
	 * @param originalName the name the browser sent
	 */
	public long upload(long planId, long itemId, InputStream content, @Nullable String originalName) {
		Plan plan = plan(planId);
		Actor actor = this.access.edit(plan.unitId());
		item(plan, itemId);
		EvidenceUpload.Checked checked = EvidenceUpload.check(content, originalName);
		ItemEvidence file = this.files
			.saveAndFlush(new ItemEvidence(itemId, checked, actor.username(), this.clock.instant()));
		this.events.publishEvent(new PlanChanged("ADD_EVIDENCE", planId, null, file.summary()));
		return file.id();
	}

	/** Removes a file; the last proof of a line done without a note stays. */
	public void remove(long planId, long evidenceId) {
		Plan plan = plan(planId);
		this.access.edit(plan.unitId());
		ItemEvidence file = file(plan, evidenceId);
		Item item = item(plan, file.itemId());
		if (item.status() == ItemStatus.DONE && item.evidenceNote() == null
				&& this.files.countByItemId(item.id()) == 1) {
			throw new BusinessRuleException("remediation.plan.evidence.needed-for-done", item.position());
		}
		this.files.delete(file);
		this.files.flush();
		this.events.publishEvent(new PlanChanged("REMOVE_EVIDENCE", planId, file.summary(), null));
	}

	/** A file to download, if the actor may read the plan. */
	@Transactional(readOnly = true)
	public EvidenceDownload download(long planId, long evidenceId) {
		Plan plan = plan(planId);
		this.access.read(plan.unitId());
		ItemEvidence file = file(plan, evidenceId);
		return new EvidenceDownload(file.fileName(), file.contentType(), file.content());
	}

	private Plan plan(long planId) {
		return this.plans.findById(planId).orElseThrow(() -> new NotFoundException("remediation-plan", planId));
	}

	private static Item item(Plan plan, long itemId) {
		return plan.items()
			.stream()
			.filter((item) -> item.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("remediation-item", itemId));
	}

	/** The file, only if it belongs to a line of this plan. */
	private ItemEvidence file(Plan plan, long evidenceId) {
		ItemEvidence file = this.files.findById(evidenceId)
			.orElseThrow(() -> new NotFoundException("remediation-evidence", evidenceId));
		item(plan, file.itemId());
		return file;
	}

}
