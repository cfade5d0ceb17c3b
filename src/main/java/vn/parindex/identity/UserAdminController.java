package vn.parindex.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitRow;
import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.Role;

/**
 * The admin's user list and the create, deactivate, activate and reset actions.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	/**
	 * Rule violations shown next to the field they concern rather than above the form.
	 */
	private static final Map<String, String> FIELD_OF_RULE = Map.of("identity.user.username-taken", "username",
			"identity.password.too-short", "password", "identity.user.unit-required", "unitId",
			"identity.user.unit-not-allowed", "unitId", "identity.user.unit-unknown", "unitId");

	private static final String LIST = "redirect:/admin/users";

	private final IdentityManagement identity;

	private final OrganisationManagement organisation;

	private final Clock clock;

	UserAdminController(IdentityManagement identity, OrganisationManagement organisation, Clock clock) {
		this.identity = identity;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") UserFilter filter, Model model,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore) {
		model.addAttribute("users", this.identity.find(filter));
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", currentUnits());
		return (htmx != null && restore == null) ? "identity/users :: results" : "identity/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", UserForm.empty());
		return form(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model);
		}
		try {
			return created(this.identity.create(form), redirect);
		}
		catch (BusinessRuleException ex) {
			reject(ex, errors);
			return form(model);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.identity.deactivate(id);
			redirect.addFlashAttribute("message", "identity.users.deactivated");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", refusalOrRule(ex).messageKey());
		}
		return LIST;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		this.identity.activate(id);
		redirect.addFlashAttribute("message", "identity.users.activated");
		return LIST;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("secret", this.identity.resetPassword(id));
		redirect.addFlashAttribute("message", "identity.users.password-reset");
		return LIST;
	}

	private static String created(CreatedUser created, RedirectAttributes redirect) {
		if (created.temporaryPassword() != null) {
			redirect.addFlashAttribute("secret", created);
		}
		redirect.addFlashAttribute("message", "common.saved");
		redirect.addAttribute("created", created.username());
		return LIST;
	}

	private String form(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("units", currentUnits());
		return "identity/user-form";
	}

	/** Units that exist today, for choosing a new user's unit and filtering the list. */
	private List<UnitRow> currentUnits() {
		LocalDate today = LocalDate.now(this.clock);
		return this.organisation.find(new UnitFilter(null, null, today.getYear(), null))
			.stream()
			.filter((unit) -> (unit.validFrom() == null || !unit.validFrom().isAfter(today))
					&& (unit.validTo() == null || !unit.validTo().isBefore(today)))
			.sorted(Comparator.comparing(UnitRow::code))
			.toList();
	}

	private static void reject(BusinessRuleException ex, BindingResult errors) {
		String key = refusalOrRule(ex).messageKey();
		String field = FIELD_OF_RULE.get(key);
		if (field != null) {
			errors.rejectValue(field, key, ex.arguments(), key);
		}
		else {
			errors.reject(key, ex.arguments(), key);
		}
	}

	/**
	 * Refusals and missing users go to the error pages; only rule violations stay here.
	 */
	private static BusinessRuleException refusalOrRule(BusinessRuleException ex) {
		if (ex instanceof AccessRefusedException || ex instanceof NotFoundException) {
			throw ex;
		}
		return ex;
	}

}
