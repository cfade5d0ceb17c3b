package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.StaleVersionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan's rules without a database: status changes and evidence, overdue from the
 * dates, what submission needs, content locked after submission, and the return.
 */
class PlanTests {

	/** 2026-02-01 09:00 in the province. */
	private static final Instant CREATED = Instant.parse("2026-02-01T02:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

	private Plan plan;

	private Item first;

	private Item second;

	@BeforeEach
	void draft() {
		this.plan = new Plan(1, 2, 3, CREATED);
		this.first = this.plan.addLost(
				new PlanLine("1.1.2", "Báo cáo CCHC", new BigDecimal("2"), BigDecimal.ONE, "Thiếu báo cáo quý IV"));
		this.second = this.plan
			.addLost(new PlanLine("2.1", "Kiểm soát TTHC", new BigDecimal("3"), new BigDecimal("0.5"), null));
		ReflectionTestUtils.setField(this.first, "id", 11L);
		ReflectionTestUtils.setField(this.second, "id", 12L);
	}

	@Test
	void aLineStartsIsDoneWithEvidenceAndReopens() {
		this.plan.changeStatus(11, 0, ItemStatus.IN_PROGRESS, 0, TODAY);
		assertThat(this.first.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		this.plan.changeStatus(11, 0, ItemStatus.DONE, 1, TODAY);
		assertThat(this.first.status()).isEqualTo(ItemStatus.DONE);
		assertThat(this.first.snapshot().completedOn()).isEqualTo(TODAY);
		this.plan.changeStatus(11, 0, ItemStatus.IN_PROGRESS, 1, TODAY);
		assertThat(this.first.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(this.first.snapshot().completedOn()).isNull();
	}

	@Test
	void doneNeedsAnEvidenceNoteOrAFile() {
		this.plan.changeStatus(11, 0, ItemStatus.IN_PROGRESS, 0, TODAY);
		assertThatThrownBy(() -> this.plan.changeStatus(11, 0, ItemStatus.DONE, 0, TODAY))
			.isInstanceOf(BusinessRuleException.class)
			.hasMessage("remediation.plan.item.evidence-required");
		assertThat(this.first.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		this.plan.noteEvidence(11, 0, "Quyết định số 12/QĐ-SKHCN");
		this.plan.changeStatus(11, 0, ItemStatus.DONE, 0, TODAY);
		assertThat(this.first.status()).isEqualTo(ItemStatus.DONE);
	}

	@Test
	void notStartedCannotJumpToDoneNorGoBack() {
		assertThatThrownBy(() -> this.plan.changeStatus(11, 0, ItemStatus.DONE, 1, TODAY))
			.hasMessage("remediation.plan.item.status-refused");
		assertThatThrownBy(() -> this.plan.changeStatus(11, 0, ItemStatus.NOT_STARTED, 1, TODAY))
			.hasMessage("remediation.plan.item.status-refused");
		assertThatThrownBy(() -> this.plan.changeStatus(11, 0, ItemStatus.OVERDUE, 1, TODAY))
			.hasMessage("remediation.plan.item.status-refused");
	}

	@Test
	void overdueFollowsFromTheDueDateUnlessDone() {
		LocalDate due = LocalDate.of(2026, 3, 31);
		assertThat(ItemStatus.shown(ItemStatus.NOT_STARTED, due, due)).isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(ItemStatus.shown(ItemStatus.IN_PROGRESS, due, due.plusDays(1))).isEqualTo(ItemStatus.OVERDUE);
		assertThat(ItemStatus.shown(ItemStatus.DONE, due, due.plusDays(1))).isEqualTo(ItemStatus.DONE);
		assertThat(ItemStatus.shown(ItemStatus.NOT_STARTED, null, due.plusYears(1))).isEqualTo(ItemStatus.NOT_STARTED);
	}

	@Test
	void aDueDateBeforeTheDraftIsRefused() {
		assertThatThrownBy(() -> this.plan.edit(11, form(0, LocalDate.of(2026, 1, 31))))
			.hasMessage("remediation.plan.item.due-too-early");
		this.plan.edit(11, form(0, LocalDate.of(2026, 2, 1)));
		assertThat(this.first.snapshot().dueDate()).isEqualTo(LocalDate.of(2026, 2, 1));
	}

	@Test
	void aStaleVersionIsRefused() {
		assertThatThrownBy(() -> this.plan.edit(11, form(5, TODAY))).isInstanceOf(StaleVersionException.class);
	}

	@Test
	void submissionListsTheLinesMissingWhat() {
		this.plan.edit(11, new ItemForm(0, null, "Chậm báo cáo", null, null, "Nguyễn Văn A", TODAY));
		assertThatThrownBy(() -> this.plan.submit("lanhdao.skhcn", CREATED))
			.isInstanceOfSatisfying(BusinessRuleException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("remediation.plan.submit.incomplete");
				assertThat(ex.arguments()).containsExactly("2", "1, 2", "2", "2");
			});
		assertThat(this.plan.status()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void contentIsLockedAfterSubmissionButFollowUpGoesOn() {
		submitted();
		assertThat(this.plan.status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThatThrownBy(() -> this.plan.edit(11, form(0, TODAY))).hasMessage("remediation.plan.locked");
		assertThatThrownBy(() -> this.plan.addOwn("Việc khác")).hasMessage("remediation.plan.locked");
		this.plan.changeStatus(11, 0, ItemStatus.IN_PROGRESS, 0, TODAY);
		this.plan.noteEvidence(11, 0, "Đã ban hành");
		this.plan.changeStatus(11, 0, ItemStatus.DONE, 0, TODAY);
		assertThat(this.first.status()).isEqualTo(ItemStatus.DONE);
	}

	@Test
	void onlyOwnLinesAreRemovedAndNumbersStayDense() {
		Item own = this.plan.addOwn("Tập huấn");
		ReflectionTestUtils.setField(own, "id", 13L);
		assertThatThrownBy(() -> this.plan.remove(11, 0)).hasMessage("remediation.plan.item.generated-kept");
		Item another = this.plan.addOwn("Khảo sát");
		ReflectionTestUtils.setField(another, "id", 14L);
		this.plan.remove(13, 0);
		this.plan.renumber(false);
		assertThat(this.plan.items()).extracting(Item::position).containsExactly(1, 2, 3);
		assertThat(this.plan.items()).extracting(Item::id).containsExactly(11L, 12L, 14L);
	}

	@Test
	void theAdminReturnsASubmittedPlanWithANote() {
		assertThatThrownBy(() -> this.plan.returnToUnit("admin", "Bổ sung", CREATED))
			.hasMessage("remediation.plan.return.not-submitted");
		submitted();
		assertThatThrownBy(() -> this.plan.returnToUnit("admin", "  ", CREATED))
			.hasMessage("remediation.plan.return.note-required");
		this.plan.returnToUnit("admin", "Bổ sung thời hạn cụ thể", CREATED);
		assertThat(this.plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(this.plan.snapshot().returnNote()).isEqualTo("Bổ sung thời hạn cụ thể");
		this.plan.edit(11, form(0, TODAY));
	}

	@Test
	void aCorrectionKeepsWhatTheUnitTypedAndDropsOnlyEmptyRecoveredLines() {
		this.plan.edit(11, form(0, TODAY));
		List<Item> dropped = this.plan.dropRecovered(java.util.Set.of("3.1"));
		assertThat(dropped).containsExactly(this.second);
		this.plan.renumber(false);
		this.plan.updateLost(4, List.of(new PlanLine("3.1", "Mới", BigDecimal.TEN, BigDecimal.ONE, null)));
		assertThat(this.plan.items()).extracting(Item::leafCode).containsExactly("1.1.2", "3.1");
		assertThat(this.plan.items()).extracting(Item::position).containsExactly(1, 2);
	}

	private void submitted() {
		this.plan.edit(11, form(0, TODAY));
		this.plan.edit(12, form(0, TODAY));
		this.plan.submit("lanhdao.skhcn", CREATED);
	}

	private static ItemForm form(long version, LocalDate due) {
		return new ItemForm(version, null, "Chưa kịp thời", "Ban hành kế hoạch", null, "Nguyễn Văn A", due);
	}

}
