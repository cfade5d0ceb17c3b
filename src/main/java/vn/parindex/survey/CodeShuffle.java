package vn.parindex.survey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the last link between a used code and its response. Burning a code and storing
 * the response happen in one transaction, so until then the two rows share PostgreSQL's
 * transaction id ({@code xmin}) and are written in the same order. Every night the used
 * codes are deleted and written back in the order of their hashes, in one new
 * transaction: afterwards every used code carries the same transaction id and no order in
 * time. Nothing else changes: the same codes stay used.
 */
@Component
class CodeShuffle {

	private static final Logger log = LoggerFactory.getLogger(CodeShuffle.class);

	private final JdbcClient jdbc;

	CodeShuffle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Rewrites the used codes; how many. */
	@Scheduled(cron = "${parindex.survey.code-shuffle-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int run() {
		int rewritten = this.jdbc.sql("""
				with used as (delete from survey_code where used returning campaign_id, code_hash)
				insert into survey_code (campaign_id, code_hash, used)
				select campaign_id, code_hash, true from used order by code_hash""").update();
		log.info("Rewrote {} used survey codes", rewritten);
		return rewritten;
	}

}
