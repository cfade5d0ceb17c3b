package vn.parindex.framework;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.parindex.framework.rule.RuleType;
import vn.parindex.organisation.OrganisationManagement;
import vn.parindex.organisation.UnitFilter;
import vn.parindex.organisation.UnitType;

/**
 * The model of the tree editor, shared by the page and by the inline edits that re-render
 * parts of it.
 */
@Component
class FrameworkPage {

	static final String EDITOR = "framework/editor";

	private final FrameworkManagement frameworks;

	private final OrganisationManagement organisation;

	private final RuleSummaries summaries;

	FrameworkPage(FrameworkManagement frameworks, OrganisationManagement organisation, RuleSummaries summaries) {
		this.frameworks = frameworks;
		this.organisation = organisation;
		this.summaries = summaries;
	}

	/** The whole editor; a settings form already in the model keeps its errors. */
	String editor(long id, Model model) {
		FrameworkView view = tree(id, model);
		if (model.getAttribute("settings") == null) {
			model.addAttribute("settings", SettingsForm.of(view));
		}
		model.addAttribute("stages", BonusStage.values());
		model.addAttribute("others",
				this.frameworks.list(null)
					.stream()
					.filter((row) -> row.unitTypes().equals(view.row().unitTypes()) && row.id() != id)
					.toList());
		return EDITOR;
	}

	/** The framework and its tree, for the page and for the tree after an edit. */
	FrameworkView tree(long id, Model model) {
		FrameworkView view = this.frameworks.view(id);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("view", view);
		model.addAttribute("tree", TreeNode.of(view, (node) -> this.summaries.of(node, locale)));
		return view;
	}

	/** The printable view's model: the framework and every node in display order. */
	FrameworkView print(long id, Model model) {
		FrameworkView view = this.frameworks.view(id);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("view", view);
		model.addAttribute("rows", TreeNode.flat(view, (node) -> this.summaries.of(node, locale)));
		return view;
	}

	/** What a node form offers: departments, sources, rule types, unit types. */
	void formChoices(FrameworkView view, Model model) {
		model.addAttribute("departments", this.organisation
			.find(new UnitFilter(UnitType.DEPARTMENT, null, view.definition().header().year(), null)));
		model.addAttribute("sources", Source.values());
		model.addAttribute("ruleTypes", RuleType.values());
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("steps", RuleForm.STEPS);
	}

	String summary(NodeDefinition node) {
		return this.summaries.of(node, LocaleContextHolder.getLocale());
	}

}
