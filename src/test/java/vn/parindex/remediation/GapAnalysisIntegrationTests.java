package vn.parindex.remediation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.parindex.Actors;
import vn.parindex.IntegrationTest;
import vn.parindex.appraisal.AppraisalFixtures;
import vn.parindex.framework.cycle.CycleManagement;
import vn.parindex.framework.cycle.CycleStatus;
import vn.parindex.scoring.Gaps;
import vn.parindex.scoring.LeafLoss;
import vn.parindex.scoring.LostPoints;
import vn.parindex.scoring.PublicResults;
import vn.parindex.scoring.PublicationManagement;
import vn.parindex.scoring.PublishedResults;
import vn.parindex.scoring.ResultSimulator;
import vn.parindex.scoring.ResultsSnapshot;
import vn.parindex.scoring.ScoringTestFixtures;
import vn.parindex.scoring.Simulation;
import vn.parindex.scoring.UnitResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Gap analysis and the simulator on the demo's published 2023 period and on a fresh
 * publication: exact recomputation, rank moves, refused points, access per unit, and the
 * province's leaves with the most points lost.
 */
@IntegrationTest
class GapAnalysisIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PublicResults results;

	@Autowired
	ResultSimulator simulator;

	AppraisalFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = AppraisalFixtures.of(this.context);
	}

	@AfterEach
	void closePeriods() {
		this.fixtures.closePeriods();
	}

	@Test
	void withNothingChangedTheSimulatorRecomputesEveryPublishedFigureExactly() {
		Demo demo = demo();
		int checked = 0;
		for (ResultsSnapshot.Group group : demo.snapshot().groups()) {
			for (ResultsSnapshot.Unit unit : group.units()) {
				UnitResult published = unit.result();
				Simulation simulation = this.simulator.simulate(demo.publicationId(), published.unitId(), Map.of());
				for (var standing : List.of(simulation.before(), simulation.after(),
						this.simulator.gaps(demo.publicationId(), published.unitId()).standing())) {
					assertThat(standing.percent()).isEqualTo(published.percent());
					assertThat(standing.points()).isEqualTo(published.points());
					assertThat(standing.applicableMax()).isEqualTo(published.applicableMax());
					assertThat(standing.rank()).isEqualTo(published.rank());
					assertThat(standing.rankedCount()).isEqualTo(published.rankedCount());
					assertThat(standing.band()).isEqualTo(published.band());
				}
				assertThat(simulation.changes()).isEmpty();
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(18);
	}

	@Test
	void raisingALowUnitsLostLeavesToTheirMaximumMovesItUp() {
		Demo demo = demo();
		UnitResult low = demo.departments()
			.units()
			.stream()
			.map(ResultsSnapshot.Unit::result)
			.filter((unit) -> unit.rank() != null)
			.max(Comparator.comparing(UnitResult::rank))
			.orElseThrow();
		Gaps gaps = this.simulator.gaps(demo.publicationId(), low.unitId());
		Map<String, BigDecimal> full = new HashMap<>();
		gaps.gains().forEach((lost) -> full.put(lost.code(), lost.max()));
		Simulation simulation = this.simulator.simulate(demo.publicationId(), low.unitId(), full);
		assertThat(simulation.before().rank()).isEqualTo(low.rank());
		assertThat(simulation.after().rank()).isLessThan(low.rank());
		assertThat(simulation.placesUp()).isPositive().isEqualTo(low.rank() - simulation.after().rank());
		assertThat(simulation.after().percent()).isGreaterThan(low.percent());
		assertThat(simulation.changes()).hasSize(gaps.gains().size());
	}

	@Test
	void thePointsNeededAreJustEnoughToPassTheUnitAboveAndReachTheNextBand() {
		Demo demo = demo();
		UnitResult low = demo.departments().units().get(demo.departments().units().size() / 2).result();
		Gaps gaps = this.simulator.gaps(demo.publicationId(), low.unitId());
		Gaps.RankGap rank = gaps.rankGap();
		assertThat(rank).isNotNull();
		assertThat(rank.reachable()).isTrue();
		BigDecimal target = rank.peers().get(0).percent();
		Simulation enough = this.simulator.simulate(demo.publicationId(), low.unitId(), spread(gaps, rank.points()));
		assertThat(enough.after().percent()).isGreaterThan(target);
		assertThat(enough.after().rank()).isLessThanOrEqualTo(rank.peers().get(0).rank());
		Simulation short_ = this.simulator.simulate(demo.publicationId(), low.unitId(),
				spread(gaps, rank.points().subtract(new BigDecimal("0.01"))));
		assertThat(short_.after().percent()).isLessThanOrEqualTo(target);
		Gaps.BandGap band = gaps.nextBand();
		if (band != null && band.reachable()) {
			Simulation reached = this.simulator.simulate(demo.publicationId(), low.unitId(),
					spread(gaps, band.points()));
			assertThat(reached.after().band()).isEqualTo(band.band());
		}
	}

	@Test
	void theSimulatorPageShowsTheResultAndRefusesBadPointsWith422() throws Exception {
		Demo demo = demo();
		UnitResult unit = demo.departments().units().get(demo.departments().units().size() - 1).result();
		LostPoints lost = unit.lost().get(0);
		String path = "/remediation/gaps/" + demo.publicationId() + "/units/" + unit.unitId();
		this.mvc.perform(as("admin", get(path)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"points[" + lost.code() + "]\"")))
			.andExpect(content().string(containsString("Tính thử")));
		this.mvc.perform(htmx(path, lost.code(), lost.max().toPlainString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không lưu kết quả")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(htmx(path, lost.code(), lost.max().add(BigDecimal.ONE).toPlainString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Điểm của tiêu chí " + lost.code())))
			.andExpect(content().string(containsString("phải từ 0 đến")));
		this.mvc.perform(htmx(path, "99.99.99", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tiêu chí 99.99.99 không có trong bộ tiêu chí")));
		this.mvc.perform(htmx(path, lost.code(), "0.125"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tối đa 2 chữ số thập phân")));
		this.mvc.perform(as("admin", post(path + "/simulate").with(csrf()).param("points[" + lost.code() + "]", "abc")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không phải là số")))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void unitRolesSeeOnlyTheirOwnUnit() throws Exception {
		ScoringTestFixtures.Published published = ScoringTestFixtures.published(this.fixtures, this.context);
		String path = "/remediation/gaps/" + published.publicationId() + "/units/" + published.unitId();
		this.mvc.perform(as("canbo.stp", get(path))).andExpect(status().isForbidden());
		this.mvc
			.perform(as("canbo.stp",
					post(path + "/simulate").with(csrf()).param("points[" + ScoringTestFixtures.CUT + "]", "2")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as("canbo.stp",
					get("/api/v1/publications/" + published.publicationId() + "/units/" + published.unitId()
							+ "/gaps")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(AppraisalFixtures.OFFICER, get(path)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ScoringTestFixtures.CUT)));
		this.mvc.perform(as("lanhdao.tinh", get(path))).andExpect(status().isOk());
		this.mvc.perform(as(AppraisalFixtures.OFFICER, get("/remediation/gaps")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(path)));
		this.mvc.perform(as("admin", get("/remediation/gaps/999999999/units/" + published.unitId())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(AppraisalFixtures.OFFICER,
					post("/api/v1/publications/" + published.publicationId() + "/units/" + published.unitId()
							+ "/simulations")
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"points\": {\"" + ScoringTestFixtures.CUT + "\": 2}}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[0].code").value(ScoringTestFixtures.CUT));
		this.mvc
			.perform(as(AppraisalFixtures.OFFICER,
					post("/api/v1/publications/" + published.publicationId() + "/units/" + published.unitId()
							+ "/simulations")
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"points\": {\"" + ScoringTestFixtures.CUT + "\": 200}}")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("remediation.gaps.simulate.range"));
	}

	@Test
	void theProvinceListsAtMostTenLeavesByTotalPointsLost() throws Exception {
		Demo demo = demo();
		List<LeafLoss> top = this.simulator.topLosses(demo.publicationId(), 10);
		assertThat(top).isNotEmpty().hasSizeLessThanOrEqualTo(10);
		assertThat(top).extracting(LeafLoss::totalLost).isSortedAccordingTo(Comparator.reverseOrder());
		LeafLoss first = top.get(0);
		BigDecimal total = BigDecimal.ZERO;
		int units = 0;
		for (ResultsSnapshot.Group group : demo.snapshot().groups()) {
			for (ResultsSnapshot.Unit unit : group.units()) {
				for (LostPoints lost : unit.result().lost()) {
					if (lost.code().equals(first.code()) && lost.name().equals(first.name())) {
						total = total.add(lost.lost());
						units++;
					}
				}
			}
		}
		assertThat(first.totalLost()).isEqualByComparingTo(total);
		assertThat(first.units()).isEqualTo(units);
		this.mvc.perform(as("canbo.stp", get("/remediation/gaps/" + demo.publicationId() + "/province")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-loss-chart")))
			.andExpect(content().string(containsString(first.name())));
	}

	private static Map<String, BigDecimal> spread(Gaps gaps, BigDecimal amount) {
		Map<String, BigDecimal> points = new LinkedHashMap<>();
		BigDecimal left = amount;
		for (Gaps.FieldLeaves field : gaps.fields()) {
			for (Gaps.ScoredLeaf leaf : field.leaves()) {
				BigDecimal added = leaf.lost().min(left);
				if (added.signum() > 0) {
					points.put(leaf.code(), leaf.points().add(added));
					left = left.subtract(added);
				}
			}
		}
		return points;
	}

	private MockHttpServletRequestBuilder htmx(String path, String code, String points) {
		return as("admin",
				post(path + "/simulate").with(csrf())
					.header("HX-Request", "true")
					.param("points[" + code + "]", points));
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername(username)));
	}

	/**
	 * The demo's imported 2023 period, published (the test profile does not publish it at
	 * start; a run before may have): its largest group holds the departments.
	 */
	private Demo demo() {
		long cycleId = Actors.as(this.users, "admin",
				() -> this.context.getBean(CycleManagement.class)
					.list()
					.stream()
					.filter((cycle) -> cycle.year() == 2023 && cycle.status() == CycleStatus.CLOSED)
					.findFirst()
					.orElseThrow()
					.id());
		PublishedResults published = this.results.latest(cycleId).orElseGet(() -> {
			long id = Actors.as(this.users, "admin", () -> this.context.getBean(PublicationManagement.class)
				.publish(cycleId, ScoringTestFixtures.DECISION, null));
			return this.results.publication(id).orElseThrow();
		});
		return new Demo(published.publication().id(), published.snapshot());
	}

	private record Demo(long publicationId, ResultsSnapshot snapshot) {

		ResultsSnapshot.Group departments() {
			return this.snapshot.groups()
				.stream()
				.max(Comparator.comparingInt((group) -> group.units().size()))
				.orElseThrow();
		}

	}

}
