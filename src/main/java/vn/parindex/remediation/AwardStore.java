package vn.parindex.remediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.parindex.shared.StaleVersionException;

/**
 * The award tables: rules, proposals and the published list, read and written with SQL.
 * Writes check the version the user saw.
 */
@Repository
class AwardStore {

	private static final String RULE_COLUMNS = "id, position, award, first_in_group, min_percent, min_field_percent,"
			+ " exclude_penalty, version";

	private static final String PROPOSAL_COLUMNS = "id, cycle_id, publication_id, unit_id, award, reason, status,"
			+ " note, decided_by, decided_at, version";

	private final JdbcClient jdbc;

	AwardStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AwardRule> rules(long cycleId) {
		return this.jdbc
			.sql("select " + RULE_COLUMNS + " from remediation_award_rule where cycle_id = ? order by position")
			.param(cycleId)
			.query(AwardRule.class)
			.list();
	}

	/** Adds the rule after the last; its id. */
	long addRule(long cycleId, AwardRule rule) {
		return this.jdbc.sql("""
				insert into remediation_award_rule (cycle_id, position, award, first_in_group, min_percent,
				    min_field_percent, exclude_penalty)
				select :cycle, coalesce(max(position), 0) + 1, :award, :first, :minPercent, :minField, :penalty
				from remediation_award_rule where cycle_id = :cycle
				returning id""")
			.param("cycle", cycleId)
			.param("award", rule.award())
			.param("first", rule.firstInGroup())
			.param("minPercent", rule.minPercent())
			.param("minField", rule.minFieldPercent())
			.param("penalty", rule.excludePenalty())
			.query(Long.class)
			.single();
	}

	/** Adds the rules at their positions unless the period has rules already. */
	void seed(long cycleId, List<AwardRule> rules) {
		for (AwardRule rule : rules) {
			this.jdbc.sql("""
					insert into remediation_award_rule (cycle_id, position, award, first_in_group, min_percent,
					    min_field_percent, exclude_penalty)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (cycle_id, position) do nothing""")
				.params(cycleId, rule.position(), rule.award(), rule.firstInGroup(), rule.minPercent(),
						rule.minFieldPercent(), rule.excludePenalty())
				.update();
		}
	}

	void updateRule(long cycleId, AwardRule rule) {
		int updated = this.jdbc.sql("""
				update remediation_award_rule set award = ?, first_in_group = ?, min_percent = ?,
				    min_field_percent = ?, exclude_penalty = ?, version = version + 1
				where id = ? and cycle_id = ? and version = ?""")
			.params(rule.award(), rule.firstInGroup(), rule.minPercent(), rule.minFieldPercent(), rule.excludePenalty(),
					rule.id(), cycleId, rule.version())
			.update();
		checkUpdated(updated, "award-rule", rule.id());
	}

	void deleteRule(long cycleId, long ruleId) {
		this.jdbc.sql("delete from remediation_award_rule where id = ? and cycle_id = ?")
			.params(ruleId, cycleId)
			.update();
	}

	/**
	 * Swaps the positions of two rules of a period (the unique index forbids a direct
	 * swap).
	 */
	void swap(AwardRule first, AwardRule second) {
		setPosition(first.id(), -1 - first.position());
		setPosition(second.id(), first.position());
		setPosition(first.id(), second.position());
	}

	private void setPosition(long ruleId, int position) {
		this.jdbc.sql("update remediation_award_rule set position = ?, version = version + 1 where id = ?")
			.params(position, ruleId)
			.update();
	}

	List<AwardProposal> proposals(long cycleId) {
		return this.jdbc
			.sql("select " + PROPOSAL_COLUMNS + " from remediation_award_proposal where cycle_id = ? order by id")
			.param(cycleId)
			.query(AwardStore::proposal)
			.list();
	}

	Optional<AwardProposal> proposal(long cycleId, long proposalId) {
		return this.jdbc
			.sql("select " + PROPOSAL_COLUMNS + " from remediation_award_proposal where id = ? and cycle_id = ?")
			.params(proposalId, cycleId)
			.query(AwardStore::proposal)
			.optional();
	}

	int deleteUndecided(long cycleId) {
		return this.jdbc.sql("delete from remediation_award_proposal where cycle_id = ? and status = 'PROPOSED'")
			.param(cycleId)
			.update();
	}

	void insertProposal(long cycleId, long publicationId, AwardCandidate candidate) {
		this.jdbc.sql("""
				insert into remediation_award_proposal (cycle_id, publication_id, unit_id, award, reason, status)
				values (?, ?, ?, ?, ?, 'PROPOSED')""")
			.params(cycleId, publicationId, candidate.unitId(), candidate.award(), candidate.reason())
			.update();
	}

	/** Refreshes a decided proposal's reason and publication, keeping the decision. */
	void refresh(long proposalId, long publicationId, String reason) {
		this.jdbc.sql("""
				update remediation_award_proposal set publication_id = ?, reason = ?, version = version + 1
				where id = ?""").params(publicationId, reason, proposalId).update();
	}

	/** Puts a decided proposal back to proposed, for another award. */
	void repropose(long proposalId, long publicationId, AwardCandidate candidate) {
		this.jdbc.sql("""
				update remediation_award_proposal set publication_id = ?, award = ?, reason = ?, status = 'PROPOSED',
				    note = null, decided_by = null, decided_at = null, version = version + 1
				where id = ?""").params(publicationId, candidate.award(), candidate.reason(), proposalId).update();
	}

	void decide(AwardProposal proposal, AwardStatus status, @Nullable String note, String by, Instant at) {
		int updated = this.jdbc.sql("""
				update remediation_award_proposal set status = ?, note = ?, decided_by = ?, decided_at = ?,
				    version = version + 1
				where id = ? and version = ?""")
			.params(status.name(), note, by, Timestamp.from(at), proposal.id(), proposal.version())
			.update();
		checkUpdated(updated, "award-proposal", proposal.id());
	}

	Optional<AwardListRecord> list(long cycleId) {
		return this.jdbc.sql("""
				select cycle_id, publication_id, published_at, published_by
				from remediation_award_list where cycle_id = ?""")
			.param(cycleId)
			.query((rs, row) -> new AwardListRecord(rs.getLong("cycle_id"), rs.getLong("publication_id"),
					rs.getTimestamp("published_at").toInstant(), rs.getString("published_by")))
			.optional();
	}

	void publishList(long cycleId, long publicationId, String by, Instant at) {
		this.jdbc.sql("""
				insert into remediation_award_list (cycle_id, publication_id, published_at, published_by)
				values (?, ?, ?, ?)""").params(cycleId, publicationId, Timestamp.from(at), by).update();
	}

	/** Changes whenever a list is published: the portal's pages vary with it. */
	String stamp() {
		return this.jdbc
			.sql("select count(*) || ':' || coalesce(max(published_at)::text, '') from remediation_award_list")
			.query(String.class)
			.single();
	}

	private static AwardProposal proposal(ResultSet rs, int row) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new AwardProposal(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("publication_id"),
				rs.getLong("unit_id"), rs.getString("award"), rs.getString("reason"),
				AwardStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("decided_by"),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getLong("version"));
	}

	private static void checkUpdated(int updated, String subject, long id) {
		if (updated == 0) {
			throw new StaleVersionException(subject, id);
		}
	}

}
