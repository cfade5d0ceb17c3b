package vn.parindex.appraisal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Assignments extends JpaRepository<Assignment, Long> {

	@Query("select a from Assignment a where a.cycleId = ?1 and a.peerGroupId = ?2 and a.areaCode = ?3 and a.userId = ?4")
	Optional<Assignment> find(long cycleId, long peerGroupId, String areaCode, long userId);

}
