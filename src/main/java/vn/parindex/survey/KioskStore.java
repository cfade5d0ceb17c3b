package vn.parindex.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Kiosks and the campaign each one answers. A kiosk's token is random and long, so a
 * plain SHA-256 is enough to keep it out of the database.
 */
@Component
class KioskStore {

	private static final String COLUMNS = "select id, unit_id, name, created_at, revoked_at from survey_kiosk";

	private final JdbcClient jdbc;

	KioskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long unitId, String name, String token, String by, Instant at) {
		return this.jdbc.sql("""
				insert into survey_kiosk (unit_id, name, token_hash, created_at, created_by)
				values (:unit, :name, :hash, :at, :by) returning id""")
			.param("unit", unitId)
			.param("name", name)
			.param("hash", hash(token))
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Long.class)
			.single();
	}

	List<Kiosk> all() {
		return this.jdbc.sql(COLUMNS + " order by revoked_at nulls first, id desc").query(KioskStore::kiosk).list();
	}

	Optional<Kiosk> byToken(String token) {
		return this.jdbc.sql(COLUMNS + " where token_hash = :hash and revoked_at is null")
			.param("hash", hash(token))
			.query(KioskStore::kiosk)
			.optional();
	}

	boolean revoke(long id, Instant at) {
		return this.jdbc.sql("update survey_kiosk set revoked_at = :at where id = :id and revoked_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	/** The unit's campaign open at that time, the latest opened first. */
	Optional<String> openCampaignToken(long unitId, Instant now) {
		return this.jdbc
			.sql("""
					select public_token from survey_campaign
					where unit_id = :unit and opens_at <= :now and closes_at > :now order by opens_at desc, id desc limit 1""")
			.param("unit", unitId)
			.param("now", Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

	private static Kiosk kiosk(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new Kiosk(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
				rs.getTimestamp("created_at").toInstant(), (revoked != null) ? revoked.toInstant() : null);
	}

}
