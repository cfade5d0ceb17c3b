package vn.parindex.survey;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The detail sheets of {@link PeriodResultsXlsx}: factors, questions and options. */
final class PeriodResultsXlsxDetails {

	private PeriodResultsXlsxDetails() {
	}

	static void factors(Sheet sheet, SurveyPeriodResults.PeriodRow row, PeriodResultsXlsx.Styles styles) {
		for (CampaignResults.FactorResult factor : row.survey().results().factors()) {
			Row line = PeriodResultsXlsx.next(sheet, row);
			line.createCell(2).setCellValue(factor.code());
			line.createCell(3).setCellValue(factor.name());
			line.createCell(4).setCellValue(factor.index().answers());
			PeriodResultsXlsx.number(line, 5, factor.index().value(), styles);
			PeriodResultsXlsx.number(line, 6, factor.index().low(), styles);
			PeriodResultsXlsx.number(line, 7, factor.index().high(), styles);
		}
	}

	static void questions(Sheet sheet, SurveyPeriodResults.PeriodRow row, PeriodResultsXlsx.Styles styles) {
		for (CampaignResults.FactorResult factor : row.survey().results().factors()) {
			for (CampaignResults.QuestionResult question : factor.questions()) {
				Row line = PeriodResultsXlsx.next(sheet, row);
				line.createCell(2).setCellValue(question.code());
				line.createCell(3).setCellValue(question.text());
				for (int level = 1; level <= Tally.LEVELS; level++) {
					line.createCell(3 + level).setCellValue(question.tally().count(level));
				}
				PeriodResultsXlsx.number(line, 9, question.index().value(), styles);
			}
		}
	}

	static void options(Sheet sheet, SurveyPeriodResults.PeriodRow row, PeriodResultsXlsx.Styles styles) {
		for (CampaignResults.OptionResult question : row.survey().results().options()) {
			for (Questionnaire.Option option : question.choices()) {
				Row line = PeriodResultsXlsx.next(sheet, row);
				line.createCell(2).setCellValue(question.code());
				line.createCell(3).setCellValue(question.text());
				line.createCell(4).setCellValue(option.code() + ". " + option.textVi());
				line.createCell(5).setCellValue(question.counts().getOrDefault(option.code(), 0L));
				PeriodResultsXlsx.number(line, 6, question.share(option.code()), styles);
				PeriodResultsXlsx.number(line, 7, option.weight(), styles);
			}
		}
	}

}
