package vn.parindex.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.parindex.shared.Role;

/**
 * The read side of users, with the unit's code and name for display.
 */
@Component
class UserQueries {

	private final JdbcClient jdbc;

	UserQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UserRow> find(UserFilter filter) {
		StringBuilder sql = new StringBuilder("""
				select u.id, u.username, u.full_name, u.email, u.role, u.unit_id, u.active,
				       u.must_change_password, u.created_at
				from identity_user u where 1 = 1""");
		List<Object> params = new ArrayList<>();
		if (filter.role() != null) {
			sql.append(" and u.role = ?");
			params.add(filter.role().name());
		}
		if (filter.unitId() != null) {
			sql.append(" and u.unit_id = ?");
			params.add(filter.unitId());
		}
		if (filter.active() != null) {
			sql.append(" and u.active = ?");
			params.add(filter.active());
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			sql.append(" and (u.username ilike ? or u.full_name ilike ? or u.email ilike ?)");
			String like = "%" + filter.q().trim() + "%";
			params.add(like);
			params.add(like);
			params.add(like);
		}
		sql.append(" order by u.username");
		return this.jdbc.sql(sql.toString()).params(params).query(UserQueries::row).list();
	}

	/** Active users with one of the roles, of the unit when one is given. */
	List<Recipient> recipients(Collection<Role> roles, @Nullable Long unitId) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, username, full_name, nullif(trim(email), '') as email from identity_user
				where active and role in (:roles) and (cast(:unit as bigint) is null or unit_id = :unit)
				order by username""")
			.param("roles", roles.stream().map(Role::name).toList())
			.param("unit", unitId)
			.query(UserQueries::recipient)
			.list();
	}

	/** The active users among the ids. */
	List<Recipient> recipients(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select id, username, full_name, nullif(trim(email), '') as email from identity_user
				where active and id in (:ids) order by username""")
			.param("ids", List.copyOf(ids))
			.query(UserQueries::recipient)
			.list();
	}

	private static Recipient recipient(ResultSet rs, int row) throws SQLException {
		return new Recipient(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
				rs.getString("email"));
	}

	private static UserRow row(ResultSet rs, int row) throws SQLException {
		return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getObject("unit_id", Long.class), null, null,
				rs.getBoolean("active"), rs.getBoolean("must_change_password"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
