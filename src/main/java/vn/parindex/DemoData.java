package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.parindex.identity.IdentityManagement;
import vn.parindex.identity.UserFilter;
import vn.parindex.identity.UserForm;
import vn.parindex.organisation.LineageLink;
import vn.parindex.organisation.LineageRelation;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.ReferenceDataManagement;
import vn.parindex.organisation.SubUnitForm;
import vn.parindex.organisation.SubUnitManagement;
import vn.parindex.organisation.UnitForm;
import vn.parindex.organisation.UnitRow;
import vn.parindex.organisation.UnitType;
import vn.parindex.shared.Actor;
import vn.parindex.shared.ActorPrincipal;
import vn.parindex.shared.Role;

/**
 * Loads the Đồng Tháp demo through the facades, so it obeys the same rules as the
 * screens: provinces, peer groups, every unit and its lineage from
 * {@code demo/units-dong-thap.yaml}, one user per role, then the illustrative frameworks
 * ({@link DemoFrameworks}), the 2023 and 2025 periods ({@link DemoPeriods}), the demo
 * appraiser ({@link DemoAppraisal}), the 2023 results ({@link DemoHistory}) and a SIPAS
 * campaign ({@link DemoSurvey}). Each part runs once: a second start finds the data and
 * keeps what users changed. On by default with the embedded database, off with an
 * external one unless {@code parindex.demo.enabled=true}.
 */
@Component
class DemoData implements ApplicationRunner {

	/** The demo password of every demo account; README lists them. */
	static final String DEMO_PASSWORD = "DongThap@2026";

	static final List<DemoUser> USERS = List.of(new DemoUser("admin", "Quản trị Sở Nội vụ", Role.ADMIN, null),
			new DemoUser("canbo.skhcn", "Nguyễn Văn An", Role.UNIT_OFFICER, "SKHCN-2025"),
			new DemoUser("lanhdao.skhcn", "Trần Thị Bình", Role.UNIT_LEADER, "SKHCN-2025"),
			new DemoUser("canbo.stp", "Lê Văn Cường", Role.UNIT_OFFICER, "STP-2025"),
			new DemoUser("thamdinh.snv", "Phạm Thị Dung", Role.APPRAISER, "SNV-2025"),
			new DemoUser("chutich.hd", "Võ Văn Em", Role.COUNCIL_CHAIR, "VPUBND-2025"),
			new DemoUser("lanhdao.tinh", "Huỳnh Văn Phúc", Role.VIEWER, null));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Environment environment;

	private final OrganisationManagement organisation;

	private final ReferenceDataManagement referenceData;

	private final SubUnitManagement subUnits;

	private final IdentityManagement identity;

	private final DemoFrameworks demoFrameworks;

	private final DemoPeriods demoPeriods;

	private final DemoAppraisal demoAppraisal;

	private final DemoHistory demoHistory;

	private final DemoSurvey demoSurvey;

	DemoData(Environment environment, OrganisationManagement organisation, ReferenceDataManagement referenceData,
			SubUnitManagement subUnits, IdentityManagement identity, DemoFrameworks demoFrameworks,
			DemoPeriods demoPeriods, DemoAppraisal demoAppraisal, DemoHistory demoHistory, DemoSurvey demoSurvey) {
		this.demoAppraisal = demoAppraisal;
		this.demoHistory = demoHistory;
		this.demoSurvey = demoSurvey;
		this.environment = environment;
		this.organisation = organisation;
		this.referenceData = referenceData;
		this.subUnits = subUnits;
		this.identity = identity;
		this.demoFrameworks = demoFrameworks;
		this.demoPeriods = demoPeriods;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean embedded = !StringUtils.hasText(this.environment.getProperty("spring.datasource.url"));
		if (!this.environment.getProperty("parindex.demo.enabled", Boolean.class, embedded)) {
			return;
		}
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(systemAuthentication());
		try {
			if (this.organisation.findByCode("SNV").isEmpty()) {
				long started = System.nanoTime();
				loadUnits(readYaml());
				log.info("Demo units of Đồng Tháp loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
			}
			loadUsers();
			this.demoFrameworks.load();
			this.demoPeriods.load();
			this.demoAppraisal.load();
			this.demoHistory.load();
			this.demoSurvey.load();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private void loadUnits(Map<String, Object> yaml) {
		Map<String, Long> provinces = new LinkedHashMap<>();
		for (Map<String, Object> province : list(yaml, "provinces")) {
			provinces.put(text(province, "code"), this.referenceData.addProvince(text(province, "code"),
					text(province, "name_vi"), date(province, "valid_from"), date(province, "valid_to")));
		}
		Map<String, Long> groups = new LinkedHashMap<>();
		for (Map<String, Object> group : list(yaml, "peer_groups")) {
			groups.put(text(group, "code"), this.referenceData.addPeerGroup(text(group, "code"), text(group, "name_vi"),
					text(group, "name_en"), date(group, "valid_from"), date(group, "valid_to")));
		}
		Map<String, Long> units = new LinkedHashMap<>();
		for (String section : List.of("departments", "departments_2025", "districts", "communes_2025")) {
			for (Map<String, Object> unit : list(yaml, section)) {
				String name = text(unit, "name_vi");
				UnitForm form = new UnitForm(text(unit, "code"), name, shortName(name), type(text(unit, "type")),
						groups.get(text(unit, "peer_group")), provinces.get(text(unit, "parent")),
						date(unit, "valid_from"), date(unit, "valid_to"), 0);
				units.put(form.code(), this.organisation.create(form));
			}
		}
		Map<String, List<LineageLink>> lineage = new LinkedHashMap<>();
		for (Map<String, Object> edge : list(yaml, "lineage")) {
			Long from = units.get(text(edge, "from"));
			if (from == null) {
				continue; // province edges: provinces are not evaluated units
			}
			@SuppressWarnings("unchecked")
			List<String> successors = (List<String>) edge.get("to");
			for (String successor : successors) {
				lineage.computeIfAbsent(successor, (code) -> new ArrayList<>())
					.add(new LineageLink(from, LineageRelation.valueOf(text(edge, "relation").toUpperCase(Locale.ROOT)),
							date(edge, "effective"), Boolean.TRUE.equals(edge.get("inferred"))));
			}
		}
		lineage.forEach((successor, links) -> this.organisation.setLineage(units.get(successor), links));
		long science = units.get("SKHCN-2025");
		this.subUnits.add(science, new SubUnitForm("VP", "Văn phòng Sở"));
		this.subUnits.add(science, new SubUnitForm("TTR", "Thanh tra Sở"));
		this.subUnits.add(science, new SubUnitForm("QLKH", "Phòng Quản lý khoa học"));
		this.subUnits.add(science, new SubUnitForm("CDS", "Phòng Chuyển đổi số"));
	}

	private void loadUsers() {
		for (DemoUser user : USERS) {
			if (!this.identity.find(new UserFilter(null, null, null, user.username())).isEmpty()) {
				continue;
			}
			Long unitId = (user.unitCode() != null)
					? this.organisation.findByCode(user.unitCode()).map(UnitRow::id).orElseThrow() : null;
			this.identity.create(new UserForm(user.username(), user.fullName(), user.username() + "@dongthap.gov.vn",
					user.role(), unitId, DEMO_PASSWORD));
		}
	}

	/** A department's usual short form: "Sở Khoa học và Công nghệ" becomes "Sở KH&CN". */
	static String shortName(String name) {
		for (String[] prefix : new String[][] { { "Thành phố ", "TP " }, { "Huyện ", "H. " }, { "Phường ", "P. " },
				{ "Xã ", "X. " } }) {
			if (name.startsWith(prefix[0])) {
				return prefix[1] + name.substring(prefix[0].length());
			}
		}
		if (!name.startsWith("Sở ") || name.split("\\s+").length <= 3) {
			return name;
		}
		List<String> parts = new ArrayList<>();
		for (String part : name.substring(3).split(" và ")) {
			StringBuilder initials = new StringBuilder();
			for (String word : part.replace(",", " ").replace("–", " ").trim().split("\\s+")) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
			parts.add(initials.toString());
		}
		return "Sở " + String.join("&", parts);
	}

	private static UnitType type(String yamlType) {
		return UnitType.valueOf(yamlType.toUpperCase(Locale.ROOT));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readYaml() {
		try (InputStream in = new ClassPathResource("demo/units-dong-thap.yaml").getInputStream()) {
			return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> yaml, String key) {
		return (List<Map<String, Object>>) yaml.getOrDefault(key, List.of());
	}

	private static String text(Map<String, Object> map, String key) {
		return String.valueOf(map.get(key));
	}

	private static @Nullable LocalDate date(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value != null) ? LocalDate.parse(value.toString()) : null;
	}

	private static UsernamePasswordAuthenticationToken systemAuthentication() {
		ActorPrincipal system = () -> Actor.SYSTEM;
		return UsernamePasswordAuthenticationToken.authenticated(system, null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority()));
	}

	record DemoUser(String username, String fullName, Role role, @Nullable String unitCode) {
	}

}
