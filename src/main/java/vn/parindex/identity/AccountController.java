package vn.parindex.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.parindex.shared.BusinessRuleException;

/**
 * The sign-in page and the user's own password change.
 */
@Controller
class AccountController {

	private final IdentityManagement identity;

	AccountController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!form.replacement().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "identity.password.mismatch");
		}
		if (errors.hasErrors()) {
			return "identity/password";
		}
		try {
			this.identity.changeOwnPassword(form.current(), form.replacement());
		}
		catch (BusinessRuleException ex) {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			return "identity/password";
		}
		refreshPrincipal(request, response);
		redirect.addFlashAttribute("message", "identity.password.changed");
		return "redirect:/";
	}

	/**
	 * The session's principal still says "must change"; replace it so the guard lets go.
	 */
	private static void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof ParindexUser user) {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withPasswordChanged(),
					null, current.getAuthorities()));
			SecurityContextHolder.setContext(context);
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		}
	}

	record PasswordForm(@NotBlank String current,
			@NotBlank @Size(min = UserAccount.MIN_PASSWORD_LENGTH, max = 200) String replacement,
			@NotBlank String confirmation) {
	}

}
