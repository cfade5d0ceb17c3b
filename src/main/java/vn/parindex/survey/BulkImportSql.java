package vn.parindex.survey;

/**
 * The statements of a bulk response import, in the order they run. The rows are copied as
 * text into a temporary table, matched against small lookup tables (the campaigns, the
 * days and the questions named in the file), checked whole, and only then moved into the
 * responses, the answers and the running counts. Every temporary table is dropped at the
 * end of the transaction.
 */
final class BulkImportSql {

	static final String ROWS = """
			create temp table survey_import_row (
			    line bigint generated always as identity (start with 2), phieu text, chien_dich text, kenh text, ngay text, cau_hoi text, tra_loi text
			) on commit drop""";

	static final String KEYS = """
			create temp table survey_import_key on commit drop as
			select distinct chien_dich, ngay from survey_import_row""";

	/** The campaigns named, with their first and last day in the local zone. */
	static final String CAMPAIGNS = """
			create temp table survey_import_campaign on commit drop as
			select k.chien_dich, c.id as campaign_id, c.questionnaire_id,
			       (c.opens_at at time zone :zone)::date as first_day,
			       ((c.closes_at - interval '1 second') at time zone :zone)::date as last_day
			from (select distinct chien_dich from survey_import_key) k
			join survey_campaign c
			  on c.id = (case when k.chien_dich ~ '^\\s*[0-9]{1,18}\\s*$' then btrim(k.chien_dich)::bigint end)""";

	/** The days written, as yyyy-mm-dd or dd/mm/yyyy; null when not a real day. */
	static final String DAYS = """
			create temp table survey_import_day on commit drop as
			select ngay,
			       case when y between 1 and 9999 and m between 1 and 12 and d between 1 and 31 then
			            case when extract(month from make_date(y, m, 1) + (d - 1)) = m
			                 then make_date(y, m, 1) + (d - 1) end end as day
			from (select ngay,
			             case when iso then split_part(t, '-', 1)::int when vn then split_part(t, '/', 3)::int end as y,
			             case when iso then split_part(t, '-', 2)::int when vn then split_part(t, '/', 2)::int end as m,
			             case when iso then split_part(t, '-', 3)::int when vn then split_part(t, '/', 1)::int end as d
			      from (select ngay, btrim(ngay) as t,
			                   btrim(ngay) ~ '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$' as iso,
			                   btrim(ngay) ~ '^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$' as vn
			            from (select distinct ngay from survey_import_key) k) f) p""";

	static final String QUESTIONS = """
			create temp table survey_import_question (
			    campaign_id bigint, question_code text, single boolean
			) on commit drop""";

	static final String CHOICES = """
			create temp table survey_import_choice (
			    campaign_id bigint, question_code text, answer text, level smallint, option_code text
			) on commit drop""";

	/** Every row matched: a null id, day, question or answer is an error. */
	static final String ANSWERS = """
			create temp table survey_import_answer on commit drop as
			select r.line, r.phieu, r.chien_dich, r.kenh, r.ngay, r.cau_hoi, r.tra_loi,
			       nullif(btrim(r.phieu), '') as response, c.campaign_id, c.first_day, c.last_day,
			       case upper(btrim(r.kenh)) when 'PAPER' then 'PAPER' when 'PHONE' then 'PHONE' end as channel,
			       d.day, q.question_code, q.single, o.level, o.option_code
			from survey_import_row r
			left join survey_import_campaign c on c.chien_dich = r.chien_dich
			left join survey_import_day d on d.ngay = r.ngay
			left join survey_import_question q on q.campaign_id = c.campaign_id and q.question_code = btrim(r.cau_hoi)
			left join survey_import_choice o
			  on o.campaign_id = q.campaign_id and o.question_code = q.question_code and o.answer = btrim(r.tra_loi)""";

	static final String ERRORS = """
			create temp table survey_import_error (
			    line bigint, col text, message text, arg1 text, arg2 text
			) on commit drop""";

	/** The errors of single cells, for the rows with at least one. */
	static final String CELL_ERRORS = """
			insert into survey_import_error (line, col, message, arg1, arg2)
			select a.line, e.col, e.message, e.arg1, e.arg2
			from survey_import_answer a
			cross join lateral (values
			  ('phieu', case when a.response is null then 'import.required' end, null::text, null::text),
			  ('chien_dich', case when nullif(btrim(a.chien_dich), '') is null then 'import.required'
			                      when a.campaign_id is null then 'survey.bulk.campaign' end, a.chien_dich, null),
			  ('kenh', case when nullif(btrim(a.kenh), '') is null then 'import.required'
			                when a.channel is null then 'survey.bulk.channel' end, a.kenh, null),
			  ('ngay', case when nullif(btrim(a.ngay), '') is null then 'import.required'
			                when a.day is null then 'import.bad-date'
			                when a.day not between a.first_day and a.last_day then 'survey.paper.day-outside' end,
			           to_char(a.first_day, 'DD/MM/YYYY'), to_char(a.last_day, 'DD/MM/YYYY')),
			  ('cau_hoi', case when a.campaign_id is null then null
			                   when nullif(btrim(a.cau_hoi), '') is null then 'import.required'
			                   when a.question_code is null then 'survey.bulk.question' end, a.cau_hoi, null),
			  ('tra_loi', case when a.question_code is null then null
			                   when nullif(btrim(a.tra_loi), '') is null then 'import.required'
			                   when a.level is null and a.option_code is null then 'survey.paper.answer' end,
			              a.tra_loi, null)) as e(col, message, arg1, arg2)
			where (a.response is null or a.campaign_id is null or a.channel is null or a.day is null
			       or a.day not between a.first_day and a.last_day or a.question_code is null
			       or (a.level is null and a.option_code is null))
			  and e.message is not null""";

	/**
	 * One row per response (phieu) with a random id; {@code mixed} when its rows name
	 * different campaigns, channels or days.
	 */
	static final String RESPONSES = """
			create temp table survey_import_response on commit drop as
			select response, min(campaign_id) as campaign_id, min(channel) as channel, min(day) as day,
			       (min(campaign_id) <> max(campaign_id) or min(channel) <> max(channel) or min(day) <> max(day))
			         as mixed,
			       gen_random_uuid() as id
			from survey_import_answer where response is not null group by response""";

	/** The rows of a mixed response that differ from its first row. */
	static final String MIXED_ERRORS = """
			insert into survey_import_error (line, col, message, arg1, arg2)
			select line, 'phieu', 'survey.bulk.mixed', response, first_line::text
			from (select a.line, a.response, a.campaign_id, a.channel, a.day,
			             first_value(a.line) over w as first_line, first_value(a.campaign_id) over w as first_campaign,
			             first_value(a.channel) over w as first_channel, first_value(a.day) over w as first_day
			      from survey_import_answer a
			      join survey_import_response p on p.response = a.response and p.mixed
			      window w as (partition by a.response order by a.line)) x
			where (campaign_id, channel, day) is distinct from (first_campaign, first_channel, first_day)""";

	/**
	 * Whether a response picks two options of a weighted question. Scale and choice
	 * questions answered twice break the answers' unique index on insert instead.
	 */
	static final String ANY_WEIGHTED_DUPLICATE = """
			select exists (select 1 from survey_import_answer
			               where response is not null and single and option_code is not null
			               group by response, question_code having count(*) > 1)""";

	/**
	 * Every answer after the first to a single-answer question of a response, and every
	 * option chosen twice.
	 */
	static final String DUPLICATE_ERRORS = """
			insert into survey_import_error (line, col, message, arg1, arg2)
			select line, 'cau_hoi', 'survey.bulk.duplicate', question_code, first_line::text
			from (select line, question_code,
			             first_value(line) over (partition by response, question_code,
			                                     case when single then '' else option_code end order by line)
			               as first_line
			      from survey_import_answer
			      where response is not null and (level is not null or option_code is not null)) x
			where line <> first_line""";

	static final String ERROR_COUNT = "select count(*) from survey_import_error";

	static final String FIRST_ERRORS = """
			select line, col, message, arg1, arg2 from survey_import_error
			order by line, array_position(string_to_array(:columns, ','), col) limit :limit""";

	static final String INSERT_RESPONSES = """
			insert into survey_response (id, campaign_id, answered_on, channel, status)
			select id, campaign_id, day, channel, 'ACCEPTED' from survey_import_response""";

	static final String INSERT_ANSWERS = """
			insert into survey_answer (response_id, question_code, level, option_code)
			select p.id, a.question_code, a.level, a.option_code
			from survey_import_answer a join survey_import_response p on p.response = a.response""";

	static final String COUNT_LEVELS = """
			insert into survey_tally (campaign_id, question_code, level, answers)
			select campaign_id, question_code, level, count(*) from survey_import_answer where level is not null
			group by campaign_id, question_code, level order by campaign_id, question_code, level
			on conflict (campaign_id, question_code, level, slot)
			do update set answers = survey_tally.answers + excluded.answers""";

	static final String COUNT_OPTIONS = """
			insert into survey_option_tally (campaign_id, question_code, option_code, answers)
			select campaign_id, question_code, option_code, count(*) from survey_import_answer
			where option_code is not null
			group by campaign_id, question_code, option_code order by campaign_id, question_code, option_code
			on conflict (campaign_id, question_code, option_code, slot)
			do update set answers = survey_option_tally.answers + excluded.answers""";

	static final String SUMMARY = """
			select count(*) as responses, count(distinct campaign_id) as campaigns,
			       count(*) filter (where channel = 'PAPER') as paper, count(*) filter (where channel = 'PHONE') as phone
			from survey_import_response""";

	private BulkImportSql() {
	}

}
