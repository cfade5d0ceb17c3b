package vn.parindex.organisation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * The reference data an import is checked against, loaded once per file: codes of peer
 * groups, provinces and units, and the words accepted for unit types and relations.
 *
 * @param groups peer group ids by code
 * @param provinces province ids by code
 * @param units stored units by code
 * @param types unit types by normalised code or label
 * @param relations lineage relations by normalised code or label
 */
record UnitImportLookups(Map<String, Long> groups, Map<String, Long> provinces, Map<String, UnitRow> units,
		Map<String, UnitType> types, Map<String, LineageRelation> relations) {

	/** Labels are accepted in Vietnamese and English, as the two bundles spell them. */
	private static final List<Locale> LABEL_LOCALES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);

	static UnitImportLookups load(OrgUnitQueries queries, MessageSource messages) {
		Map<String, Long> groups = queries.peerGroups()
			.stream()
			.collect(Collectors.toMap(PeerGroupView::code, PeerGroupView::id));
		Map<String, Long> provinces = queries.provinces()
			.stream()
			.collect(Collectors.toMap(ProvinceView::code, ProvinceView::id));
		Map<String, UnitRow> units = queries.find(UnitFilter.all())
			.stream()
			.collect(Collectors.toMap(UnitRow::code, (unit) -> unit));
		return new UnitImportLookups(groups, provinces, units, words(UnitType.values(), "organisation.type.", messages),
				words(LineageRelation.values(), "organisation.relation.", messages));
	}

	Optional<UnitType> type(String text) {
		return Optional.ofNullable(this.types.get(normalise(text)));
	}

	Optional<LineageRelation> relation(String text) {
		return Optional.ofNullable(this.relations.get(normalise(text)));
	}

	/** Unit types as a user may write them, for error messages. */
	static String typeCodes() {
		return java.util.Arrays.stream(UnitType.values()).map(Enum::name).collect(Collectors.joining(", "));
	}

	static String relationCodes() {
		return java.util.Arrays.stream(LineageRelation.values()).map(Enum::name).collect(Collectors.joining(", "));
	}

	/**
	 * Spreadsheets may hold decomposed Vietnamese letters and stray spaces, so words are
	 * compared in NFC, lower case, single-spaced.
	 */
	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static <E extends Enum<E>> Map<String, E> words(E[] values, String keyPrefix, MessageSource messages) {
		Map<String, E> words = new HashMap<>();
		for (E value : values) {
			words.put(normalise(value.name()), value);
			for (Locale locale : LABEL_LOCALES) {
				String label = messages.getMessage(keyPrefix + value.name(), null, value.name(), locale);
				words.putIfAbsent(normalise((label != null) ? label : value.name()), value);
			}
		}
		return words;
	}

}
