package vn.parindex.framework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.shared.AccessRefusedException;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.StaleVersionException;

/**
 * The answers of the inline tree edits. htmx receives the whole tree after a change, so
 * every form in it carries the new version and every sum is fresh, plus the validation
 * panel out of band; a refused change returns the form with the reason. Without htmx the
 * same requests redirect to the editor or render the form on its own page.
 */
@Component
class NodeEdits {

	static final String TREE_UPDATE = "framework/partials/tree-update :: update";

	private final FrameworkManagement frameworks;

	private final FrameworkPage page;

	NodeEdits(FrameworkManagement frameworks, FrameworkPage page) {
		this.frameworks = frameworks;
		this.page = page;
	}

	/**
	 * Runs the change when the form was read; answers with the tree, or the form with 422
	 * (bad input, refused) or 409 (someone else saved first).
	 */
	String save(NodeEdit edit, BindingResult errors, @Nullable Runnable change, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			if (change != null && attempt(errors, change)) {
				return changed(edit.id(), edit.anchor(), model, request, response, redirect);
			}
			return form(edit, model, request, response, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		catch (StaleVersionException ex) {
			errors.reject(ex.messageKey());
			model.addAttribute("conflict", true);
			return form(edit, model, request, response, HttpStatus.CONFLICT);
		}
	}

	/** The tree after a change (htmx), or the editor at the changed node. */
	String changed(long id, String anchor, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!htmx(request)) {
			redirect.addFlashAttribute("message", "common.saved");
			return "redirect:/admin/frameworks/" + id + "#" + anchor;
		}
		this.page.tree(id, model);
		response.setHeader("HX-Retarget", "#framework-tree");
		response.setHeader("HX-Reswap", "outerHTML");
		return TREE_UPDATE;
	}

	/** The node form as a fragment (htmx) or a page of its own. */
	String form(NodeEdit edit, Model model, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status) {
		FrameworkView view = this.frameworks.view(edit.id());
		if (!view.editable()) {
			throw new FrameworkLockedException(String.valueOf(view.row().lockedReason()));
		}
		this.page.formChoices(view, model);
		model.addAttribute("view", view);
		model.addAttribute("edit", edit);
		model.addAttribute("tryNode", (edit.savedCode() != null)
				? view.definition().node(edit.savedCode()).filter(NodeDefinition::scored).orElse(null) : null);
		response.setStatus(status.value());
		return htmx(request) ? "framework/partials/node-form :: form" : "framework/node-page";
	}

	/**
	 * Runs a facade call for a form: a broken rule becomes a form error; refusals,
	 * missing objects and conflicts are left to the caller.
	 */
	static boolean attempt(Errors errors, Runnable action) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (AccessRefusedException | NotFoundException | StaleVersionException ex) {
			throw ex;
		}
		catch (BusinessRuleException ex) {
			errors.reject(ex.messageKey(), NodeFormReader.parameterNames(ex.arguments()), ex.messageKey());
			return false;
		}
	}

	static boolean htmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}

	/**
	 * What a node form edits.
	 *
	 * @param id the framework
	 * @param savedCode the node's stored code; null for a new node
	 * @param parentCode the parent of a new node; null for a field or an edit
	 * @param leaf whether the node carries a rule
	 */
	record NodeEdit(long id, @Nullable String savedCode, @Nullable String parentCode, boolean leaf) {

		public boolean isNew() {
			return this.savedCode == null;
		}

		/** A part of element ids unique to this form on the page. */
		public String key() {
			return isNew() ? "new-" + TreeNode.key(this.parentCode) : "edit-" + TreeNode.key(this.savedCode);
		}

		public String anchor() {
			return (this.savedCode != null) ? "node-" + this.savedCode : "framework-tree";
		}

	}

}
