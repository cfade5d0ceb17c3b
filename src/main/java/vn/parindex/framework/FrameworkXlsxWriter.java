package vn.parindex.framework;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import vn.parindex.framework.rule.PenaltyEvent;
import vn.parindex.framework.rule.PenaltyRule;
import vn.parindex.framework.rule.Rule;
import vn.parindex.framework.rule.Tier;
import vn.parindex.framework.rule.TieredRule;

import static vn.parindex.framework.FrameworkXlsx.BANDS;
import static vn.parindex.framework.FrameworkXlsx.EVENTS;
import static vn.parindex.framework.FrameworkXlsx.INFO;
import static vn.parindex.framework.FrameworkXlsx.NODES;
import static vn.parindex.framework.FrameworkXlsx.TIERS;

/**
 * Writes a framework in the layout {@link FrameworkXlsxReader} reads: bold, frozen
 * headers, numbers as number cells, yes/no as {@code có}/{@code không}.
 */
final class FrameworkXlsxWriter {

	private final XSSFWorkbook workbook;

	private final CellStyle bold;

	private FrameworkXlsxWriter(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		this.bold.setFont(font);
	}

	static void write(FrameworkDefinition definition, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			FrameworkXlsxWriter writer = new FrameworkXlsxWriter(workbook);
			writer.sheet(INFO, info(definition), 26, 60, 60);
			writer.sheet(NODES, nodes(definition), 10, 10, 60, 40, 50, 12, 12, 16, 18, 16, 50, 14, 14, 36, 24, 18);
			writer.sheet(TIERS, tiers(definition), 14, 10, 18, 10, 18, 10);
			writer.sheet(EVENTS, events(definition), 14, 26, 50, 10, 18);
			writer.sheet(BANDS, definition.bands().stream().map(FrameworkXlsxWriter::band).toList(), 16, 20, 20, 14,
					18);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void sheet(String name, List<List<@Nullable Object>> rows, int... widths) {
		Sheet sheet = this.workbook.createSheet(name);
		List<String> headers = FrameworkXlsx.headers(name);
		Row header = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(this.bold);
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			List<@Nullable Object> values = rows.get(r);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof BigDecimal number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else if (value instanceof Integer number) {
					row.createCell(c).setCellValue(number);
				}
				else if (value != null && !value.toString().isEmpty()) {
					row.createCell(c).setCellValue(value.toString());
				}
			}
		}
		sheet.createFreezePane(0, 1);
	}

	private static List<List<@Nullable Object>> info(FrameworkDefinition definition) {
		FrameworkHeader header = definition.header();
		FrameworkSettings settings = definition.settings();
		return List.of(row(FrameworkXlsx.YEAR, header.year(), ""),
				row(FrameworkXlsx.UNIT_TYPES, header.scope(),
						"DEPARTMENT, CITY_DISTRICT, RURAL_DISTRICT, WARD, COMMUNE; cách nhau bằng dấu phẩy"),
				row(FrameworkXlsx.NAME, header.nameVi(), ""), row(FrameworkXlsx.NAME_EN, header.nameEn(), ""),
				row(FrameworkXlsx.ILLUSTRATIVE, yesNo(header.illustrative()), "có nếu là nội dung minh họa"),
				row(FrameworkXlsx.SCALE, settings.scaleMax(), "Tổng điểm các lĩnh vực trong thang điểm"),
				row(FrameworkXlsx.SELF_TOTAL, settings.selfAssessmentTotal(), "Để trống nếu không quy định"),
				row(FrameworkXlsx.SURVEY_TOTAL, settings.surveyTotal(), "Để trống nếu không quy định"),
				row(FrameworkXlsx.BONUS_CAP, settings.bonusCap(), ""),
				row(FrameworkXlsx.PENALTY_CAP, settings.penaltyCap(), "Số dương"),
				row(FrameworkXlsx.STAGE, settings.bonusStage().name(),
						"BEFORE_PERCENT: cộng vào điểm rồi quy ra %; AFTER_PERCENT: cộng vào %"),
				row(FrameworkXlsx.CAP_AT_SCALE, yesNo(settings.capAtScale()), ""),
				row(FrameworkXlsx.DECIMALS, settings.decimals(), ""),
				row(FrameworkXlsx.TIE_BREAK, String.join(",", settings.tieBreak()),
						"SELF_ASSESSMENT_PART, SURVEY_PART, FIELD:<mã lĩnh vực>"));
	}

	private static List<List<@Nullable Object>> nodes(FrameworkDefinition definition) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (NodeDefinition node : definition.nodes()) {
			Rule rule = node.rule();
			rows.add(row(node.code(), node.parentCode(), node.nameVi(), node.nameEn(), node.guidance(),
					node.maxPoints(), yesNo(node.outsideScale()), node.appraisingUnitCode(),
					(node.source() != null) ? node.source().code() : null, (rule != null) ? rule.type().code() : null,
					(rule != null) ? RuleParamsText.format(rule.params()) : null, yesNo(node.evidenceRequired()),
					yesNo(node.naAllowed()), node.naCondition(),
					String.join(",", node.appliesTo().stream().map(Enum::name).toList()), node.dataFeed()));
		}
		return rows;
	}

	private static List<List<@Nullable Object>> tiers(FrameworkDefinition definition) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (NodeDefinition node : definition.nodes()) {
			if (node.rule() instanceof TieredRule rule) {
				for (Tier tier : rule.tiers()) {
					rows.add(row(node.code(), tier.from(), yesNo(tier.fromInclusive()), tier.to(),
							yesNo(tier.toInclusive()), tier.points()));
				}
			}
		}
		return rows;
	}

	private static List<List<@Nullable Object>> events(FrameworkDefinition definition) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (NodeDefinition node : definition.nodes()) {
			if (node.rule() instanceof PenaltyRule rule) {
				for (PenaltyEvent event : rule.events()) {
					rows.add(row(node.code(), event.code(), event.nameVi(), event.points(), yesNo(event.perCase())));
				}
			}
		}
		return rows;
	}

	private static List<@Nullable Object> band(Band band) {
		return row(band.code(), band.labelVi(), band.labelEn(), band.lower(), yesNo(band.lowerInclusive()));
	}

	private static List<@Nullable Object> row(@Nullable Object... values) {
		return Arrays.asList(values);
	}

	private static String yesNo(boolean value) {
		return value ? FrameworkXlsx.YES : FrameworkXlsx.NO;
	}

}
