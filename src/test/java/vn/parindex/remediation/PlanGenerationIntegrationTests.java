package vn.parindex.remediation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.scoring.PublicationManagement;
import vn.parindex.scoring.ScoringTestFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing drafts a plan per unit from the points it lost, with the appraiser's
 * comment; a correction updates the draft without duplicating it or losing what the unit
 * typed.
 */
@IntegrationTest
class PlanGenerationIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicationManagement publications;

	@Test
	void publishingDraftsTheUnitsPlanFromItsLostPoints() {
		PlanFixtures.Drafted drafted = PlanFixtures.drafted(this.context);
		PlanView plan = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId());

		assertThat(plan.header().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.header().unitId()).isEqualTo(drafted.published().unitId());
		assertThat(plan.header().publicationId()).isEqualTo(drafted.published().publicationId());
		ItemRow cut = PlanFixtures.item(plan, ScoringTestFixtures.CUT);
		assertThat(cut.pointsLost()).isEqualByComparingTo("1");
		assertThat(cut.max()).isEqualByComparingTo("2");
		assertThat(cut.comment()).isEqualTo("Thiếu báo cáo quý IV");
		assertThat(cut.shown()).isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(plan.items()).extracting(ItemRow::pointsLost)
			.isSortedAccordingTo(Comparator.<BigDecimal>naturalOrder().reversed());
		assertThat(plan.items()).extracting(ItemRow::position)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, plan.items().size()).boxed().toList());
		assertThat(plan.figures()).isNotNull();
	}

	@Test
	void aCorrectionUpdatesTheDraftWithoutDuplicatingOrLosingWhatTheUnitTyped() {
		PlanFixtures.Drafted drafted = PlanFixtures.drafted(this.context);
		PlanView before = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId());
		ItemRow cut = PlanFixtures.item(before, ScoringTestFixtures.CUT);
		LocalDate due = before.today().plusDays(30);
		PlanFixtures.as(this.context, PlanFixtures.OFFICER, (plans) -> {
			plans.editItem(drafted.planId(), cut.id(),
					new ItemForm(cut.version(), null, "Chưa giao người theo dõi", null, null, null, due), null);
			return null;
		});

		long corrected = Actors.as(this.users, "admin", () -> this.publications.publish(drafted.published().cycleId(),
				ScoringTestFixtures.DECISION, "Đính chính số liệu"));

		assertThat(PlanFixtures.planId(this.context, drafted.published().cycleId(), drafted.published().unitId()))
			.isEqualTo(drafted.planId());
		PlanView after = PlanFixtures.view(this.context, PlanFixtures.OFFICER, drafted.planId());
		assertThat(after.header().publicationId()).isEqualTo(corrected);
		assertThat(after.items()).extracting(ItemRow::leafCode)
			.containsExactlyElementsOf(before.items().stream().map(ItemRow::leafCode).toList());
		ItemRow kept = PlanFixtures.item(after, ScoringTestFixtures.CUT);
		assertThat(kept.id()).isEqualTo(cut.id());
		assertThat(kept.cause()).isEqualTo("Chưa giao người theo dõi");
		assertThat(kept.dueDate()).isEqualTo(due);
	}

}
