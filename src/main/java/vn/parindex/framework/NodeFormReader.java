package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.shared.BusinessRuleException;

/**
 * Reads a {@link NodeForm} into a node, putting every fault on the form's errors in
 * Vietnamese instead of saving half a node.
 */
final class NodeFormReader {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

	private final NodeForm form;

	private final Errors errors;

	private NodeFormReader(NodeForm form, Errors errors) {
		this.form = form;
		this.errors = errors;
	}

	/**
	 * The node the form describes, or null when the errors now hold why not.
	 * @param parentCode the node's parent, which the form cannot change
	 * @param leaf whether the node has no children, so it carries a rule
	 */
	static @Nullable NodeDefinition read(NodeForm form, @Nullable String parentCode, boolean leaf, Errors errors) {
		NodeFormReader reader = new NodeFormReader(form, errors);
		String code = reader.code(parentCode);
		String name = FormText.text(form.nameVi());
		if (name == null) {
			errors.rejectValue("nameVi", "framework.form.required");
		}
		BigDecimal max = reader.max();
		Source source = leaf ? reader.source() : null;
		Rule rule = leaf ? reader.rule() : null;
		if (errors.hasErrors() || code == null || name == null) {
			return null;
		}
		boolean evidence = leaf && FormText.isTrue(form.evidenceRequired());
		boolean na = leaf && FormText.isTrue(form.naAllowed());
		List<vn.parindex.organisation.UnitType> types = (leaf && form.appliesTo() != null) ? form.appliesTo()
				: List.of();
		return new NodeDefinition(code, parentCode, name, FormText.text(form.nameEn()), FormText.text(form.guidance()),
				max, FormText.isTrue(form.outsideScale()), FormText.text(form.appraisingUnitCode()), source, rule,
				evidence, na, na ? FormText.text(form.naCondition()) : null, types,
				leaf ? FormText.text(form.dataFeed()) : null);
	}

	private @Nullable String code(@Nullable String parentCode) {
		String code = FormText.text(this.form.code());
		if (code == null) {
			this.errors.rejectValue("code", "framework.form.required");
			return null;
		}
		if (!CODE.matcher(code).matches()) {
			this.errors.rejectValue("code", "framework.node.code-pattern");
			return null;
		}
		String expected = (parentCode != null) ? parentCode + "." : "";
		if (!code.startsWith(expected) || code.substring(expected.length()).contains(".")) {
			this.errors.rejectValue("code", "framework.node.code-under-parent",
					new Object[] { (parentCode != null) ? parentCode + ".1" : "1" }, null);
			return null;
		}
		return code;
	}

	private @Nullable BigDecimal max() {
		try {
			BigDecimal max = FormText.decimal(this.form.maxPoints());
			if (max == null && !FormText.isTrue(this.form.outsideScale())) {
				this.errors.rejectValue("maxPoints", "framework.node.max-required");
			}
			else if (max != null && max.signum() < 0) {
				this.errors.rejectValue("maxPoints", "framework.validation.max-negative");
			}
			else if (max != null && max.compareTo(FrameworkValidation.POINTS_LIMIT) >= 0) {
				this.errors.rejectValue("maxPoints", "framework.validation.too-large",
						new Object[] { FrameworkValidation.POINTS_LIMIT }, null);
			}
			return max;
		}
		catch (NumberFormatException ex) {
			this.errors.rejectValue("maxPoints", "framework.form.not-a-number",
					new Object[] { String.valueOf(this.form.maxPoints()).trim() }, null);
			return null;
		}
	}

	private @Nullable Source source() {
		String source = FormText.text(this.form.source());
		if (source == null) {
			if (FormText.text(this.form.ruleType()) != null) {
				this.errors.rejectValue("source", "framework.node.source-required");
			}
			return null;
		}
		try {
			return Source.valueOf(source);
		}
		catch (IllegalArgumentException ex) {
			this.errors.rejectValue("source", "framework.node.source-required");
			return null;
		}
	}

	private @Nullable Rule rule() {
		String text = FormText.text(this.form.ruleType());
		if (text == null) {
			return null;
		}
		try {
			RuleType type = RuleType.valueOf(text.toUpperCase(Locale.ROOT));
			RuleForm fields = this.form.ruleFields();
			return Rule.of(type, fields.params(type));
		}
		catch (IllegalArgumentException ex) {
			this.errors.rejectValue("ruleType", "framework.node.rule-type-unknown");
		}
		catch (BusinessRuleException ex) {
			this.errors.reject(ex.messageKey(), parameterNames(ex.arguments()), ex.messageKey());
		}
		return null;
	}

	/**
	 * Parameter and input names such as {@code per_event} become their label on the form,
	 * such as "Điểm trừ mỗi lần"; other arguments stay as they are.
	 */
	static Object[] parameterNames(Object[] arguments) {
		Object[] named = arguments.clone();
		for (int i = 0; i < named.length; i++) {
			if (named[i] instanceof String name && name.matches("[a-z_]+")) {
				named[i] = new DefaultMessageSourceResolvable(
						new String[] { "framework.param." + name, "framework.input." + name }, name);
			}
		}
		return named;
	}

}
