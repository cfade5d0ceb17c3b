package vn.parindex.framework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.framework.NodeEdits.NodeEdit;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.StaleVersionException;

/**
 * Inline editing of a draft's tree (ADMIN): edit, add and remove nodes. Every write sends
 * the version the page was loaded with, so nobody overwrites a change they have not seen.
 */
@Controller
class FrameworkTreeController {

	private final FrameworkManagement frameworks;

	private final NodeEdits edits;

	FrameworkTreeController(FrameworkManagement frameworks, NodeEdits edits) {
		this.frameworks = frameworks;
		this.edits = edits;
	}

	@GetMapping("/admin/frameworks/{id}/nodes/{code}/edit")
	String edit(@PathVariable long id, @PathVariable String code, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		FrameworkView view = this.frameworks.view(id);
		NodeDefinition node = find(view.definition(), code);
		model.addAttribute("form", NodeForm.of(node, view.version()));
		NodeEdit edit = new NodeEdit(id, code, null, view.definition().isLeaf(code));
		return this.edits.form(edit, model, request, response, HttpStatus.OK);
	}

	@GetMapping("/admin/frameworks/{id}/nodes/new")
	String add(@PathVariable long id, @RequestParam(required = false) @Nullable String parentCode, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		FrameworkView view = this.frameworks.view(id);
		String parent = (parentCode != null && !parentCode.isBlank()) ? parentCode : null;
		boolean outside = (parent != null) && find(view.definition(), parent).outsideScale();
		String code = view.definition().nextChildCode(parent);
		model.addAttribute("form", NodeForm.blank(code, parent, outside, view.version()));
		return this.edits.form(new NodeEdit(id, null, parent, true), model, request, response, HttpStatus.OK);
	}

	@PostMapping("/admin/frameworks/{id}/nodes/{code}")
	String update(@PathVariable long id, @PathVariable String code, @ModelAttribute("form") NodeForm form,
			BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		FrameworkDefinition definition = this.frameworks.view(id).definition();
		NodeDefinition stored = find(definition, code);
		NodeEdit edit = new NodeEdit(id, code, null, definition.isLeaf(code));
		NodeDefinition node = NodeFormReader.read(form, stored.parentCode(), edit.leaf(), errors);
		Runnable change = (node != null) ? () -> this.frameworks.updateNode(id, form.version(), code, node) : null;
		return this.edits.save(edit, errors, change, model, request, response, redirect);
	}

	@PostMapping("/admin/frameworks/{id}/nodes")
	String create(@PathVariable long id, @ModelAttribute("form") NodeForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		FrameworkDefinition definition = this.frameworks.view(id).definition();
		String parent = FormText.text(form.parentCode());
		NodeForm filled = (FormText.text(form.code()) == null) ? withCode(form, definition.nextChildCode(parent))
				: form;
		model.addAttribute("form", filled);
		NodeDefinition node = NodeFormReader.read(filled, parent, true, errors);
		Runnable change = (node != null) ? () -> this.frameworks.addNode(id, form.version(), node) : null;
		return this.edits.save(new NodeEdit(id, null, parent, true), errors, change, model, request, response,
				redirect);
	}

	@PostMapping("/admin/frameworks/{id}/nodes/{code}/delete")
	String delete(@PathVariable long id, @PathVariable String code, @RequestParam long version, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.frameworks.removeNode(id, version, code);
		}
		catch (StaleVersionException ex) {
			model.addAttribute("treeError", ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
			if (!NodeEdits.htmx(request)) {
				throw ex;
			}
		}
		return this.edits.changed(id, "framework-tree", model, request, response, redirect);
	}

	private static NodeDefinition find(FrameworkDefinition definition, String code) {
		return definition.node(code).orElseThrow(() -> new NotFoundException("framework-node", code));
	}

	private static NodeForm withCode(NodeForm form, String code) {
		return new NodeForm(code, form.parentCode(), form.nameVi(), form.nameEn(), form.guidance(), form.maxPoints(),
				form.outsideScale(), form.appraisingUnitCode(), form.source(), form.ruleType(), form.evidenceRequired(),
				form.naAllowed(), form.naCondition(), form.appliesTo(), form.dataFeed(), form.rule(), form.version());
	}

}
