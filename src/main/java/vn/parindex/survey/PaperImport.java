package vn.parindex.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.parindex.shared.BusinessRuleException;
import vn.parindex.shared.Formats;
import vn.parindex.shared.xlsx.ImportError;
import vn.parindex.shared.xlsx.ImportRejectedException;
import vn.parindex.shared.xlsx.XlsxRow;

/**
 * Responses collected on paper or by the 1022 call centre, one row each: the channel, the
 * day, then a column per question holding the level (1–5) or the option code (several
 * choices separated by commas); an empty cell is a question not answered. Every cell is
 * checked before anything is stored.
 */
final class PaperImport {

	static final String CHANNEL = "Kênh";

	static final String DAY = "Ngày";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private PaperImport() {
	}

	/**
	 * One checked response.
	 *
	 * @param channel paper or phone
	 * @param day the day it was answered
	 * @param answers its answers
	 */
	record Row(Channel channel, LocalDate day, List<Answer> answers) {
	}

	static List<String> headers(Questionnaire questionnaire) {
		List<String> headers = new ArrayList<>(List.of(CHANNEL, DAY));
		questionnaire.questions().forEach((question) -> headers.add(question.code()));
		return headers;
	}

	static List<Row> check(Questionnaire questionnaire, Campaign campaign, List<XlsxRow> rows) {
		List<ImportError> errors = new ArrayList<>();
		List<Row> checked = new ArrayList<>();
		LocalDate first = LocalDate.ofInstant(campaign.opensAt(), Formats.ZONE);
		LocalDate last = LocalDate.ofInstant(campaign.closesAt().minusSeconds(1), Formats.ZONE);
		for (XlsxRow row : rows) {
			Channel channel = channel(row, errors);
			LocalDate day = day(row, first, last, errors);
			List<Answer> answers = new ArrayList<>();
			for (Questionnaire.Question question : questionnaire.questions()) {
				List<String> values = Arrays.stream(row.text(question.code()).split(","))
					.map(String::strip)
					.filter((value) -> !value.isEmpty())
					.toList();
				try {
					values.forEach((value) -> answers.add(ResponseIntake.answer(question, value, values.size())));
				}
				catch (BusinessRuleException ex) {
					errors.add(row.error(question.code(), "survey.paper.answer", row.text(question.code())));
				}
			}
			if (answers.isEmpty()) {
				errors.add(row.error(CHANNEL, "survey.answer.empty"));
			}
			if (channel != null && day != null) {
				checked.add(new Row(channel, day, answers));
			}
		}
		if (rows.isEmpty()) {
			errors.add(new ImportError(2, "A2", "survey.codes.empty"));
		}
		if (!errors.isEmpty()) {
			throw new ImportRejectedException(errors.subList(0, Math.min(errors.size(), 500)));
		}
		return checked;
	}

	private static @Nullable Channel channel(XlsxRow row, List<ImportError> errors) {
		String text = row.text(CHANNEL).toLowerCase(Locale.ROOT);
		Channel channel = switch (text) {
			case "paper", "giấy", "phiếu giấy" -> Channel.PAPER;
			case "phone", "điện thoại", "1022" -> Channel.PHONE;
			default -> null;
		};
		if (channel == null) {
			errors.add(row.error(CHANNEL, "survey.paper.channel", row.text(CHANNEL)));
		}
		return channel;
	}

	private static @Nullable LocalDate day(XlsxRow row, LocalDate first, LocalDate last, List<ImportError> errors) {
		try {
			LocalDate day = LocalDate.parse(row.text(DAY), DATE);
			if (day.isBefore(first) || day.isAfter(last)) {
				errors.add(row.error(DAY, "survey.paper.day-outside", first.format(DATE), last.format(DATE)));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.add(row.error(DAY, "import.bad-date"));
			return null;
		}
	}

	static Map<String, Object> summary(List<Row> rows) {
		return Map.of("responses", rows.size(), "paper",
				rows.stream().filter((row) -> row.channel() == Channel.PAPER).count(), "phone",
				rows.stream().filter((row) -> row.channel() == Channel.PHONE).count());
	}

}
