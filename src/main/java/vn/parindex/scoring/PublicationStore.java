package vn.parindex.scoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publications table: writing a snapshot once, stamping the one it supersedes, and
 * reading them back. Snapshots never change, so the parsed ones are kept in memory by id.
 */
@Component
class PublicationStore {

	private static final String COLUMNS = """
			select p.id, p.cycle_id, p.year, p.cycle_name, p.seq, p.decision_number, p.published_at, p.published_by,
			       p.sha256, p.superseded_at, p.correction_reason
			from scoring_publication p""";

	private final JdbcClient jdbc;

	private final CanonicalJson json;

	private final Cache<Long, PublishedResults> parsed = Caffeine.newBuilder().maximumSize(64).build();

	PublicationStore(JdbcClient jdbc, CanonicalJson json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Publication> current() {
		return this.jdbc.sql(COLUMNS + " where p.superseded_at is null order by p.published_at desc, p.id desc")
			.query(this::publication)
			.list();
	}

	List<Publication> history(long cycleId) {
		return this.jdbc.sql(COLUMNS + " where p.cycle_id = :cycle order by p.seq desc")
			.param("cycle", cycleId)
			.query(this::publication)
			.list();
	}

	Optional<PublishedResults> find(long id) {
		PublishedResults cached = this.parsed.getIfPresent(id);
		if (cached != null && cached.publication().current()) {
			return Optional.of(cached);
		}
		Optional<PublishedResults> found = this.jdbc
			.sql(COLUMNS.replace("p.correction_reason", "p.correction_reason, p.snapshot") + " where p.id = :id")
			.param("id", id)
			.query((rs, n) -> new PublishedResults(publication(rs, n),
					this.json.read(rs.getString("snapshot"), ResultsSnapshot.class)))
			.optional();
		found.ifPresent((results) -> this.parsed.put(id, results));
		return found;
	}

	Optional<String> json(long id) {
		return this.jdbc.sql("select snapshot from scoring_publication where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	int nextSeq(long cycleId) {
		return this.jdbc.sql("select coalesce(max(seq), 0) + 1 from scoring_publication where cycle_id = :cycle")
			.param("cycle", cycleId)
			.query(Integer.class)
			.single();
	}

	/** Stamps the current publication of the period as superseded; its id, if any. */
	@Nullable Long supersede(long cycleId, Instant now) {
		List<Long> ids = this.jdbc.sql("""
				update scoring_publication set superseded_at = :now
				where cycle_id = :cycle and superseded_at is null returning id""")
			.param("now", java.sql.Timestamp.from(now))
			.param("cycle", cycleId)
			.query(Long.class)
			.list();
		this.parsed.invalidateAll();
		return ids.isEmpty() ? null : ids.get(0);
	}

	long insert(ResultsSnapshot snapshot, String canonical, String sha256, String by) {
		return this.jdbc.sql("""
				insert into scoring_publication (cycle_id, year, cycle_name, seq, decision_number, decision_date,
				    decision_signer, correction_reason, published_at, published_by, snapshot, sha256)
				values (:cycle, :year, :name, :seq, :number, :date, :signer, :reason, :at, :by, :snapshot, :sha)
				returning id""")
			.param("cycle", snapshot.cycleId())
			.param("year", snapshot.year())
			.param("name", snapshot.cycleName())
			.param("seq", snapshot.seq())
			.param("number", snapshot.decision().number())
			.param("date", snapshot.decision().date())
			.param("signer", snapshot.decision().signer())
			.param("reason", snapshot.correctionReason())
			.param("at", java.sql.Timestamp.from(snapshot.publishedAt()))
			.param("by", by)
			.param("snapshot", canonical)
			.param("sha", sha256)
			.query(Long.class)
			.single();
	}

	private Publication publication(ResultSet rs, int row) throws SQLException {
		return new Publication(rs.getLong("id"), rs.getLong("cycle_id"), rs.getInt("year"), rs.getString("cycle_name"),
				rs.getInt("seq"), rs.getString("decision_number"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"), rs.getString("sha256"),
				(rs.getTimestamp("superseded_at") != null) ? rs.getTimestamp("superseded_at").toInstant() : null,
				rs.getString("correction_reason"));
	}

}
