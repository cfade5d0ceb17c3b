package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.RuleType;
import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.xlsx.ImportError;

import static vn.parindex.framework.FrameworkXlsx.CODE;
import static vn.parindex.framework.FrameworkXlsx.MAX;
import static vn.parindex.framework.FrameworkXlsx.NODE_CODE;
import static vn.parindex.framework.FrameworkXlsx.PARAMS;
import static vn.parindex.framework.FrameworkXlsx.POINTS;
import static vn.parindex.framework.FrameworkXlsx.RULE;

/**
 * Reads the tree of the workbook: the "Tiêu chí" rows, then the tiers and penalty events
 * that complete their rules. Remembers which row holds each node, and which sums and
 * rules a bad cell left incomplete, so that validation does not report their echoes.
 */
final class FrameworkXlsxNodes {

	private final List<ImportError> errors;

	private final Map<String, FrameworkXlsxLine> lines = new HashMap<>();

	private final Map<String, NodeDefinition> drafts = new LinkedHashMap<>();

	private final Map<String, RuleType> types = new HashMap<>();

	private final Map<String, Map<String, Object>> params = new HashMap<>();

	private final Set<String> uncertainSums = new HashSet<>();

	private final Set<String> incompleteRules = new HashSet<>();

	FrameworkXlsxNodes(List<ImportError> errors) {
		this.errors = errors;
	}

	List<NodeDefinition> read(List<FrameworkXlsxLine> nodes, List<FrameworkXlsxLine> tiers,
			List<FrameworkXlsxLine> events) {
		nodes.forEach(this::node);
		tiers.forEach(this::tier);
		events.forEach(this::event);
		return this.drafts.values().stream().map(this::withRule).toList();
	}

	@Nullable FrameworkXlsxLine line(String code) {
		return this.lines.get(code);
	}

	/**
	 * Whether a bad or duplicate row under {@code parentCode} ("" for fields) makes its
	 * sum unreliable.
	 */
	boolean sumUncertain(String parentCode) {
		return parentCode.isEmpty() ? !this.uncertainSums.isEmpty() : this.uncertainSums.contains(parentCode);
	}

	/**
	 * Whether a bad cell of the node, its tiers or its events makes its rule's checks
	 * unreliable.
	 */
	boolean ruleIncomplete(String code) {
		return this.incompleteRules.contains(code);
	}

	private void node(FrameworkXlsxLine line) {
		String code = line.required(CODE, 32);
		String parent = line.text(FrameworkXlsx.PARENT, 32);
		BigDecimal max = line.decimal(MAX);
		FrameworkXlsxLine first = (code != null) ? this.lines.get(code) : null;
		if (first != null) {
			line.error(CODE, "import.duplicate-in-file", first.number());
		}
		if (code == null || first != null || line.failed(MAX)) {
			this.uncertainSums.add(Objects.requireNonNullElse(parent, ""));
		}
		if (code == null || first != null) {
			return;
		}
		this.lines.put(code, line);
		String name = line.required(FrameworkXlsx.NAME, 1000);
		Source source = line.code(FrameworkXlsx.SOURCE, Source::fromCode);
		ruleCells(line, code);
		if (line.failed(MAX) || line.failed(FrameworkXlsx.SOURCE)) {
			this.incompleteRules.add(code);
		}
		this.drafts.put(code,
				new NodeDefinition(code, parent, (name != null) ? name : "", line.text(FrameworkXlsx.NAME_EN, 1000),
						line.text(FrameworkXlsx.GUIDANCE), max, line.yesNo(FrameworkXlsx.OUTSIDE, false),
						line.text(FrameworkXlsx.APPRAISER, 32), source, null, line.yesNo(FrameworkXlsx.EVIDENCE, false),
						line.yesNo(FrameworkXlsx.NA_ALLOWED, false), line.text(FrameworkXlsx.NA_CONDITION, 1000),
						line.unitTypes(FrameworkXlsx.APPLIES_TO), line.text(FrameworkXlsx.DATA_FEED, 64)));
	}

	/** The rule type and the parameters' text; the tiers and events come later. */
	private void ruleCells(FrameworkXlsxLine line, String code) {
		RuleType type = line.code(RULE, RuleType::fromCode);
		if (type != null) {
			this.types.put(code, type);
		}
		String text = line.text(PARAMS);
		try {
			this.params.put(code, (text != null) ? RuleParamsText.parse(text) : Map.of());
		}
		catch (IllegalArgumentException ex) {
			line.error(PARAMS, "framework.xlsx.params-text", text);
		}
		if (line.failed(RULE) || line.failed(PARAMS)) {
			this.incompleteRules.add(code);
		}
	}

	private void tier(FrameworkXlsxLine line) {
		int before = this.errors.size();
		String code = line.required(NODE_CODE);
		BigDecimal from = line.requiredDecimal(FrameworkXlsx.FROM);
		boolean fromInclusive = line.yesNo(FrameworkXlsx.FROM_INCLUSIVE, true);
		BigDecimal to = line.decimal(FrameworkXlsx.TO);
		boolean toInclusive = line.yesNo(FrameworkXlsx.TO_INCLUSIVE, false);
		BigDecimal points = line.requiredDecimal(POINTS);
		Map<String, Object> tier = new LinkedHashMap<>();
		tier.put(fromInclusive ? "gte" : "gt", from);
		if (to != null) {
			tier.put(toInclusive ? "lte" : "lt", to);
		}
		tier.put("points", points);
		add(line, code, before, "tiers", tier);
	}

	private void event(FrameworkXlsxLine line) {
		int before = this.errors.size();
		String code = line.required(NODE_CODE);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("code", line.required(FrameworkXlsx.EVENT_CODE, 64));
		String name = line.text(FrameworkXlsx.EVENT_NAME);
		if (name != null) {
			event.put("name_vi", name);
		}
		event.put("points", line.requiredDecimal(POINTS));
		event.put("per_case", line.yesNo(FrameworkXlsx.PER_CASE, false));
		add(line, code, before, "events", event);
	}

	/** Adds a tier or event to its leaf's parameters, unless its row has errors. */
	@SuppressWarnings("unchecked")
	private void add(FrameworkXlsxLine line, @Nullable String code, int errorsBefore, String key,
			Map<String, Object> item) {
		if (code == null) {
			return;
		}
		FrameworkXlsxLine node = this.lines.get(code);
		if (node == null || (!this.types.containsKey(code) && !node.failed(RULE))) {
			line.error(NODE_CODE, "framework.xlsx.leaf-unknown", code);
			return;
		}
		if (this.errors.size() > errorsBefore || !this.params.containsKey(code)) {
			this.incompleteRules.add(code);
			return;
		}
		Map<String, Object> params = new LinkedHashMap<>(this.params.get(code));
		Object items = params.computeIfAbsent(key, (k) -> new ArrayList<>());
		if (items instanceof List<?> list) {
			((List<Object>) list).add(item);
		}
		this.params.put(code, params);
	}

	private NodeDefinition withRule(NodeDefinition node) {
		RuleType type = this.types.get(node.code());
		if (type == null || this.incompleteRules.contains(node.code())) {
			return node;
		}
		Rule rule;
		try {
			rule = Rule.of(type, this.params.get(node.code()));
		}
		catch (BusinessRuleException ex) {
			this.lines.get(node.code()).error(PARAMS, ex.messageKey(), ex.arguments());
			this.incompleteRules.add(node.code());
			return node;
		}
		return new NodeDefinition(node.code(), node.parentCode(), node.nameVi(), node.nameEn(), node.guidance(),
				node.maxPoints(), node.outsideScale(), node.appraisingUnitCode(), node.source(), rule,
				node.evidenceRequired(), node.naAllowed(), node.naCondition(), node.appliesTo(), node.dataFeed());
	}

}
