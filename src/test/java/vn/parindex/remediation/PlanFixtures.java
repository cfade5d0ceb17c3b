package vn.parindex.remediation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.scoring.ScoringTestFixtures;

/**
 * A published period with SKHCN's drafted plan, read as the unit's officer; and a small
 * real PDF for evidence uploads.
 */
final class PlanFixtures {

	static final String OFFICER = "canbo.skhcn";

	static final String LEADER = "lanhdao.skhcn";

	private PlanFixtures() {
	}

	/** A fresh published period and SKHCN's plan in it. */
	static Drafted drafted(ApplicationContext context) {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(context);
		return new Drafted(published, planId(context, published.cycleId(), published.unitId()));
	}

	static long planId(ApplicationContext context, long cycleId, long unitId) {
		return as(context, OFFICER, (plans) -> plans.plans(cycleId)).stream()
			.filter((row) -> row.unitId() == unitId)
			.findFirst()
			.orElseThrow()
			.id();
	}

	static PlanView view(ApplicationContext context, String user, long planId) {
		return as(context, user, (plans) -> plans.plan(planId));
	}

	static ItemRow item(PlanView plan, String leafCode) {
		return plan.items().stream().filter((item) -> leafCode.equals(item.leafCode())).findFirst().orElseThrow();
	}

	static <T> T as(ApplicationContext context, String user,
			java.util.function.Function<RemediationManagement, T> call) {
		return Actors.as(context.getBean(UserDetailsService.class), user,
				() -> call.apply(context.getBean(RemediationManagement.class)));
	}

	static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A published period with SKHCN's draft plan.
	 *
	 * @param published the period, its publication and SKHCN
	 * @param planId SKHCN's plan
	 */
	record Drafted(ScoringTestFixtures.Published published, long planId) {
	}

}
