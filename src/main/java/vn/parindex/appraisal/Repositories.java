package vn.parindex.appraisal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Appraisals extends JpaRepository<Appraisal, Long> {

	@Query("select a from Appraisal a where a.cycleId = ?1 order by a.assessmentId")
	List<Appraisal> findByCycleId(long cycleId);

	/** Loads it with an exclusive row lock, for closing rounds and council decisions. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Appraisal a where a.assessmentId = ?1")
	Optional<Appraisal> findExclusive(long assessmentId);

}

interface Scores extends JpaRepository<AppraisalScore, Long> {

	@Query("select s from AppraisalScore s where s.assessmentId = ?1 and s.nodeCode = ?2")
	Optional<AppraisalScore> find(long assessmentId, String nodeCode);

	@Query("select s from AppraisalScore s where s.assessmentId = ?1 order by s.id")
	List<AppraisalScore> findByAssessmentId(long assessmentId);

}

interface ScoreVersions extends JpaRepository<ScoreVersion, Long> {

}

interface AreaMarks extends JpaRepository<AreaMark, AreaMark.Key> {

	@Query("select m from AreaMark m where m.key.assessmentId = ?1 and m.key.round = ?2")
	List<AreaMark> find(long assessmentId, short round);

	@Modifying
	@Query("delete from AreaMark m where m.key.assessmentId = ?1 and m.key.round = ?2")
	int forget(long assessmentId, short round);

}
