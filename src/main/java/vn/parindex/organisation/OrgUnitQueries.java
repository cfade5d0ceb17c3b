package vn.parindex.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of units: lists with filters, lineage in both directions, sub-units.
 */
@Component
class OrgUnitQueries {

	private static final String SELECT_UNIT = """
			select u.id, u.code, u.name, u.short_name, u.type_code, u.valid_from, u.valid_to,
			       g.id as group_id, g.code as group_code, g.name_vi as group_name,
			       p.id as province_id, p.code as province_code, p.name as province_name
			from organisation_unit u
			join organisation_peer_group g on g.id = u.peer_group_id
			join organisation_province p on p.id = u.province_id
			""";

	private final JdbcClient jdbc;

	OrgUnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UnitRow> find(UnitFilter filter) {
		StringBuilder sql = new StringBuilder(SELECT_UNIT).append(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.type() != null) {
			sql.append(" and u.type_code = ?");
			params.add(filter.type().name());
		}
		if (filter.peerGroupId() != null) {
			sql.append(" and u.peer_group_id = ?");
			params.add(filter.peerGroupId());
		}
		if (filter.year() != null) {
			sql.append(" and (u.valid_from is null or u.valid_from <= ?) and (u.valid_to is null or u.valid_to >= ?)");
			params.add(LocalDate.of(filter.year(), 12, 31));
			params.add(LocalDate.of(filter.year(), 1, 1));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			sql.append(" and (u.code ilike ? or u.name ilike ? or u.short_name ilike ?)");
			String like = "%" + filter.q().trim().replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
			params.add(like);
		}
		sql.append(" order by p.code, u.type_code, u.name, u.code");
		return this.jdbc.sql(sql.toString()).params(params).query(OrgUnitQueries::unitRow).list();
	}

	Optional<UnitRow> find(long id) {
		return this.jdbc.sql(SELECT_UNIT + " where u.id = ?").param(id).query(OrgUnitQueries::unitRow).optional();
	}

	List<UnitView.LineageRow> predecessors(long unitId) {
		return this.jdbc.sql("""
				select u.id, u.code, u.name, l.relation, l.effective, l.inferred
				from organisation_unit_predecessor l join organisation_unit u on u.id = l.predecessor_id
				where l.unit_id = ? order by u.code""").param(unitId).query(OrgUnitQueries::lineageRow).list();
	}

	List<UnitView.LineageRow> successors(long unitId) {
		return this.jdbc.sql("""
				select u.id, u.code, u.name, l.relation, l.effective, l.inferred
				from organisation_unit_predecessor l join organisation_unit u on u.id = l.unit_id
				where l.predecessor_id = ? order by u.code""").param(unitId).query(OrgUnitQueries::lineageRow).list();
	}

	List<UnitView.SubUnitRow> subUnits(long unitId) {
		return this.jdbc.sql("select id, code, name, active from organisation_sub_unit where unit_id = ? order by code")
			.param(unitId)
			.query((rs, row) -> new UnitView.SubUnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getBoolean("active")))
			.list();
	}

	List<PeerGroupView> peerGroups() {
		return this.jdbc
			.sql("select id, code, name_vi, name_en, valid_from, valid_to from organisation_peer_group order by id")
			.query((rs, row) -> new PeerGroupView(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
					rs.getString("name_en"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class)))
			.list();
	}

	List<ProvinceView> provinces() {
		return this.jdbc.sql("select id, code, name, valid_from, valid_to from organisation_province order by id")
			.query((rs, row) -> new ProvinceView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
			.list();
	}

	private static UnitRow unitRow(ResultSet rs, int row) throws SQLException {
		return new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
				UnitType.valueOf(rs.getString("type_code")), rs.getLong("group_id"), rs.getString("group_code"),
				rs.getString("group_name"), rs.getLong("province_id"), rs.getString("province_code"),
				rs.getString("province_name"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class));
	}

	private static UnitView.LineageRow lineageRow(ResultSet rs, int row) throws SQLException {
		return new UnitView.LineageRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				LineageRelation.valueOf(rs.getString("relation")), rs.getObject("effective", LocalDate.class),
				rs.getBoolean("inferred"));
	}

}
