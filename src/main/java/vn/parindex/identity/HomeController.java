package vn.parindex.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.organisation.UnitType;
import vn.parindex.shared.Actor;
import vn.parindex.shared.CurrentActor;
import vn.parindex.shared.Role;

/**
 * Sends each role to its own home page after sign-in.
 */
@Controller
class HomeController {

	private final CurrentActor actor;

	private final OrganisationManagement organisation;

	private final IdentityManagement identity;

	private final Clock clock;

	HomeController(CurrentActor actor, OrganisationManagement organisation, IdentityManagement identity, Clock clock) {
		this.actor = actor;
		this.organisation = organisation;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/")
	String home() {
		Actor current = this.actor.get();
		return switch (current.role()) {
			case ADMIN -> "redirect:/admin";
			case VIEWER -> "redirect:/overview";
			case UNIT_OFFICER, UNIT_LEADER, APPRAISER, COUNCIL_CHAIR -> "redirect:/my-unit";
		};
	}

	@GetMapping("/admin")
	String admin(Model model) {
		this.actor.requireRole(Role.ADMIN);
		int year = LocalDate.now(this.clock).getYear();
		model.addAttribute("year", Integer.toString(year));
		model.addAttribute("unitsByType", countByType(year));
		model.addAttribute("usersByRole", this.identity.find(UserFilter.all())
			.stream()
			.filter(UserRow::active)
			.collect(Collectors.groupingBy(UserRow::role, () -> new EnumMap<>(Role.class), Collectors.counting())));
		return "identity/home-admin";
	}

	@GetMapping("/overview")
	String overview(Model model) {
		this.actor.requireRole(Role.VIEWER, Role.ADMIN);
		int year = LocalDate.now(this.clock).getYear();
		model.addAttribute("year", Integer.toString(year));
		model.addAttribute("unitsByType", countByType(year));
		model.addAttribute("groups", this.organisation.peerGroups());
		return "identity/home-viewer";
	}

	private Map<UnitType, Long> countByType(int year) {
		return this.organisation.find(new UnitFilter(null, null, year, null))
			.stream()
			.collect(Collectors.groupingBy(UnitRow::type, () -> new EnumMap<>(UnitType.class), Collectors.counting()));
	}

}
