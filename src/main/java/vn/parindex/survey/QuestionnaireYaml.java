package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;

/**
 * The YAML form of a questionnaire, as in {@code demo/questionnaire-sipas-2017.yaml}.
 * Reading reports every bad entry with its path (such as
 * {@code factors[2].questions[0].type}) and rejects the file; writing gives a file that
 * reads back to the same questionnaire.
 */
final class QuestionnaireYaml {

	static final int MAX_BYTES = 512 * 1024;

	private final List<ImportError> errors = new ArrayList<>();

	private final Set<String> codes = new HashSet<>();

	private QuestionnaireYaml() {
	}

	/**
	 * @throws ImportRejectedException listing every bad entry
	 */
	static Questionnaire read(InputStream in) {
		Object document;
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new ImportRejectedException(List.of(error("", "import.too-large", MAX_BYTES / 1024)));
			}
			document = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new String(bytes, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (YAMLException ex) {
			throw new ImportRejectedException(List.of(error("", "survey.yaml.unreadable")));
		}
		QuestionnaireYaml reader = new QuestionnaireYaml();
		Map<?, ?> root = (document instanceof Map<?, ?> map && map.get("questionnaire") instanceof Map<?, ?> inner)
				? inner : Map.of();
		Questionnaire questionnaire = reader.questionnaire(root);
		if (!reader.errors.isEmpty()) {
			throw new ImportRejectedException(reader.errors);
		}
		return questionnaire;
	}

	static String write(Questionnaire questionnaire) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("code", questionnaire.code());
		root.put("version", questionnaire.version());
		root.put("name_vi", questionnaire.nameVi());
		if (questionnaire.nameEn() != null) {
			root.put("name_en", questionnaire.nameEn());
		}
		root.put("respondents", questionnaire.respondents());
		root.put("formula", questionnaire.formula().name().toLowerCase(Locale.ROOT));
		root.put("factors", questionnaire.factors().stream().map(QuestionnaireYaml::factor).toList());
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		return new Yaml(options).dump(Map.of("questionnaire", root));
	}

	private Questionnaire questionnaire(Map<?, ?> map) {
		String code = text(map, "code", "code");
		int version = (map.get("version") instanceof Integer number && number > 0) ? number : 1;
		IndexFormula formula = formula(map.get("formula"));
		List<Questionnaire.Factor> factors = new ArrayList<>();
		List<?> list = (map.get("factors") instanceof List<?> items) ? items : List.of();
		if (list.isEmpty()) {
			this.errors.add(error("factors", "survey.yaml.factors-missing"));
		}
		for (int i = 0; i < list.size(); i++) {
			factors.add(factor("factors[" + i + "]", (list.get(i) instanceof Map<?, ?> item) ? item : Map.of()));
		}
		return new Questionnaire(code, version, text(map, "name_vi", "name_vi"), optional(map, "name_en"),
				text(map, "respondents", "respondents"), formula, factors);
	}

	private IndexFormula formula(@Nullable Object value) {
		if (value == null) {
			return IndexFormula.SATISFIED_SHARE;
		}
		try {
			return IndexFormula.valueOf(value.toString().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			this.errors.add(error("formula", "survey.yaml.formula-unknown", value));
			return IndexFormula.SATISFIED_SHARE;
		}
	}

	private Questionnaire.Factor factor(String path, Map<?, ?> map) {
		List<Questionnaire.Question> questions = new ArrayList<>();
		List<?> list = (map.get("questions") instanceof List<?> items) ? items : List.of();
		if (list.isEmpty()) {
			this.errors.add(error(path + ".questions", "survey.yaml.questions-missing"));
		}
		for (int i = 0; i < list.size(); i++) {
			questions.add(question(path + ".questions[" + i + "]",
					(list.get(i) instanceof Map<?, ?> item) ? item : Map.of()));
		}
		return new Questionnaire.Factor(text(map, "code", path + ".code"), text(map, "name_vi", path + ".name_vi"),
				questions);
	}

	private Questionnaire.Question question(String path, Map<?, ?> map) {
		String code = text(map, "code", path + ".code");
		if (!code.isEmpty() && !this.codes.add(code)) {
			this.errors.add(error(path + ".code", "survey.yaml.code-twice", code));
		}
		QuestionType type = QuestionType.SCALE;
		Object typeValue = map.get("type");
		if (typeValue != null) {
			try {
				type = QuestionType.valueOf(typeValue.toString().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				this.errors.add(error(path + ".type", "survey.yaml.type-unknown", typeValue));
			}
		}
		List<Questionnaire.Option> options = options(path, map, type);
		return new Questionnaire.Question(code, text(map, "text_vi", path + ".text_vi"), type, options);
	}

	private List<Questionnaire.Option> options(String path, Map<?, ?> map, QuestionType type) {
		List<?> list = (map.get("options") instanceof List<?> items) ? items : List.of();
		if (type == QuestionType.SCALE != list.isEmpty()) {
			this.errors.add(error(path + ".options",
					(type == QuestionType.SCALE) ? "survey.yaml.scale-options" : "survey.yaml.options-missing"));
		}
		List<Questionnaire.Option> options = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String at = path + ".options[" + i + "]";
			Map<?, ?> option = (list.get(i) instanceof Map<?, ?> item) ? item : Map.of();
			options.add(new Questionnaire.Option(text(option, "code", at + ".code"),
					text(option, "text_vi", at + ".text_vi"), weight(at, option.get("weight"), type)));
		}
		return options;
	}

	private @Nullable BigDecimal weight(String path, @Nullable Object value, QuestionType type) {
		if (type != QuestionType.WEIGHTED) {
			return null;
		}
		BigDecimal weight = (value instanceof Number number) ? new BigDecimal(number.toString()) : null;
		if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) {
			this.errors.add(error(path + ".weight", "survey.yaml.weight-range"));
			return BigDecimal.ZERO;
		}
		return weight;
	}

	private String text(Map<?, ?> map, String key, String path) {
		Object value = map.get(key);
		String text = (value != null) ? value.toString().strip() : "";
		if (text.isEmpty()) {
			this.errors.add(error(path, "import.required"));
		}
		return text;
	}

	private static @Nullable String optional(Map<?, ?> map, String key) {
		Object value = map.get(key);
		return (value != null && !value.toString().isBlank()) ? value.toString().strip() : null;
	}

	private static ImportError error(String path, String key, Object... arguments) {
		return new ImportError(0, path, key, arguments);
	}

	private static Map<String, Object> factor(Questionnaire.Factor factor) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", factor.code());
		map.put("name_vi", factor.nameVi());
		map.put("questions", factor.questions().stream().map(QuestionnaireYaml::question).toList());
		return map;
	}

	private static Map<String, Object> question(Questionnaire.Question question) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("code", question.code());
		map.put("text_vi", question.textVi());
		map.put("type", question.type().name().toLowerCase(Locale.ROOT));
		if (!question.options().isEmpty()) {
			map.put("options", question.options().stream().map((option) -> {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("code", option.code());
				item.put("text_vi", option.textVi());
				BigDecimal weight = option.weight();
				if (weight != null) {
					item.put("weight", (weight.stripTrailingZeros().scale() <= 0) ? (Object) weight.intValueExact()
							: (Object) weight.doubleValue());
				}
				return item;
			}).toList());
		}
		return map;
	}

}
