package vn.parindex.appraisal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of assignments: who appraises what in a period.
 */
@Component
class AssignmentQueries {

	private final JdbcClient jdbc;

	AssignmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Raw> ofCycle(long cycleId) {
		return this.jdbc.sql("""
				select id, peer_group_id, area_code, user_id from appraisal_assignment
				where cycle_id = :cycle order by peer_group_id, area_code, id""")
			.param("cycle", cycleId)
			.query(Raw.class)
			.list();
	}

	/** An assignment without the appraiser's name, which the identity module knows. */
	record Raw(long id, long peerGroupId, String areaCode, long userId) {
	}

	/** The fields of the peer group the user appraises in the period. */
	List<String> areas(long cycleId, long peerGroupId, long userId) {
		return this.jdbc.sql("""
				select area_code from appraisal_assignment
				where cycle_id = :cycle and peer_group_id = :group and user_id = :user order by area_code""")
			.param("cycle", cycleId)
			.param("group", peerGroupId)
			.param("user", userId)
			.query(String.class)
			.list();
	}

	/** Everyone assigned to any field of the peer group in the period. */
	List<Long> appraisers(long cycleId, long peerGroupId) {
		return this.jdbc.sql("""
				select distinct user_id from appraisal_assignment
				where cycle_id = :cycle and peer_group_id = :group order by user_id""")
			.param("cycle", cycleId)
			.param("group", peerGroupId)
			.query(Long.class)
			.list();
	}

}
