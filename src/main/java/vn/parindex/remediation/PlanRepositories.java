package vn.parindex.remediation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Plans extends JpaRepository<Plan, Long> {

	@Query("select p from Plan p where p.cycleId = ?1 and p.unitId = ?2")
	Optional<Plan> findByCycleIdAndUnitId(long cycleId, long unitId);

}

interface ItemEvidences extends JpaRepository<ItemEvidence, Long> {

	@Query("select count(e) from ItemEvidence e where e.itemId = ?1")
	int countByItemId(long itemId);

}
