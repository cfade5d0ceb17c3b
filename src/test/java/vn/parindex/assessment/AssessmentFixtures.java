package vn.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.parindex.Actors;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleRow;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.framework.rule.DeductionRule;
import vn.parindex.framework.rule.RuleInput;
import vn.parindex.framework.rule.RuleInputKind;
import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.UserForm;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.shared.Role;

/**
 * Assessments in the states tests need, built through the facades as the demo users.
 */
public final class AssessmentFixtures {

	private static final java.util.concurrent.atomic.AtomicInteger LEADERS = new java.util.concurrent.atomic.AtomicInteger();

	private AssessmentFixtures() {
	}

	/**
	 * The demo's open 2025 period, by its name: other tests open 2025 periods of their
	 * own with other windows.
	 */
	public static long openPeriod(UserDetailsService users, CycleManagement cycles) {
		return Actors.as(users, "admin", cycles::list)
			.stream()
			.filter((row) -> row.status() == CycleStatus.OPEN && row.year() == 2025
					&& row.name().equals("Kỳ đánh giá Chỉ số CCHC năm 2025"))
			.map(CycleRow::id)
			.min(Long::compare)
			.orElseThrow(() -> new IllegalStateException("the demo has no open 2025 period"));
	}

	/** The unit's assessment, opened by the given officer or leader. */
	public static long assessmentOf(UserDetailsService users, String username, AssessmentManagement assessments,
			long cycleId) {
		return Actors.as(users, username, () -> assessments.start(cycleId));
	}

	/** A new leader of the unit with the given code, for tests that submit. */
	public static String newLeader(UserDetailsService users, IdentityManagement identity,
			OrganisationManagement organisation, String unitCode) {
		// unique per call: several tests make leaders of the same unit in one run
		String username = ("lanhdao." + vn.parindex.TestRun.code("t") + "." + LEADERS.incrementAndGet())
			.toLowerCase(java.util.Locale.ROOT);
		long unitId = organisation.findByCode(unitCode).orElseThrow().id();
		Actors.as(users, "admin", () -> identity.create(
				new UserForm(username, "Lãnh đạo thử nghiệm", null, Role.UNIT_LEADER, unitId, "Mat-khau-thu-2026")));
		return username;
	}

	/**
	 * Scores every required leaf at full marks (N/A where nothing else works), leaves out
	 * the codes given, and attaches one PDF to every leaf that needs evidence.
	 */
	public static void fillAll(UserDetailsService users, String officer, AssessmentManagement assessments,
			EvidenceManagement evidence, long id, Set<String> except) {
		Actors.run(users, officer, () -> {
			Workspace workspace = assessments.workspace(id);
			for (Workspace.Node node : workspace.nodes()) {
				if (node.required() && node.entry() != null && !except.contains(node.definition().code())) {
					assessments.save(id, node.definition().code(), fullMarks(node), node.entry().version());
				}
			}
			attachEvidence(assessments, evidence, id, except);
		});
	}

	private static void attachEvidence(AssessmentManagement assessments, EvidenceManagement evidence, long id,
			Set<String> except) {
		Workspace workspace = assessments.workspace(id);
		Long fileId = workspace.files().isEmpty() ? null : workspace.files().get(0).id();
		for (Workspace.Node node : workspace.nodes()) {
			String code = node.definition().code();
			if (!node.missingEvidence() || except.contains(code)) {
				continue;
			}
			EvidenceDetails details = new EvidenceDetails("12/KH-UBND", null, "UBND tỉnh", "Mục II");
			if (fileId == null) {
				evidence.upload(id, code, new ByteArrayInputStream(pdf()), "Kế hoạch CCHC 2025.pdf", details);
				fileId = assessments.workspace(id).files().get(0).id();
			}
			else {
				evidence.reuse(id, code, fileId, details);
			}
		}
	}

	static EntryInput fullMarks(Workspace.Node node) {
		List<RuleInputKind> kinds = node.definition().rule().inputs();
		BigDecimal max = node.definition().maxPoints();
		RuleInput input = new RuleInput(kinds.contains(RuleInputKind.MET) ? Boolean.TRUE : null,
				kinds.contains(RuleInputKind.NUMERATOR) ? BigDecimal.ONE : null,
				kinds.contains(RuleInputKind.DENOMINATOR) ? BigDecimal.ONE : null,
				kinds.contains(RuleInputKind.VALUE) ? BigDecimal.valueOf(100) : null,
				kinds.contains(RuleInputKind.COUNT) ? (node.definition().rule() instanceof DeductionRule ? 0 : 100)
						: null,
				kinds.contains(RuleInputKind.POINTS) ? max : null, Map.of(), null);
		return new EntryInput(input, "Thuyết minh thử nghiệm", false, null);
	}

	/** A one-page PDF. */
	public static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
