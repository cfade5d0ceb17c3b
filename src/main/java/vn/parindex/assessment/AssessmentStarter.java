package vn.parindex.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.parindex.framework.NodeDefinition;

/**
 * Creates a unit's assessment with an empty entry per leaf it enters, once, even when two
 * users of the unit open it at the same moment: the inserts skip what exists.
 */
@Component
class AssessmentStarter {

	private final JdbcClient jdbc;

	AssessmentStarter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new assessment's id, or empty when it already existed. */
	Optional<Long> start(long cycleId, long unitId, long frameworkId, List<NodeDefinition> leaves, String by,
			Instant now) {
		Optional<Long> id = this.jdbc.sql("""
				insert into assessment (cycle_id, unit_id, framework_id, status, created_at)
				values (:cycle, :unit, :framework, 'DRAFT', :now)
				on conflict (cycle_id, unit_id) do nothing
				returning id""")
			.param("cycle", cycleId)
			.param("unit", unitId)
			.param("framework", frameworkId)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
		id.ifPresent((assessment) -> leaves.forEach((leaf) -> this.jdbc.sql("""
				insert into assessment_entry (assessment_id, node_code, updated_at, updated_by)
				values (:assessment, :code, :now, :by)
				on conflict (assessment_id, node_code) do nothing""")
			.param("assessment", assessment)
			.param("code", leaf.code())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update()));
		return id;
	}

}
