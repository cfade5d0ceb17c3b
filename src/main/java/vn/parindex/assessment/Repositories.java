package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Assessments extends JpaRepository<Assessment, Long> {

	@Query("select a from Assessment a where a.cycleId = ?1 and a.unitId = ?2")
	Optional<Assessment> findByCycleIdAndUnitId(long cycleId, long unitId);

	/**
	 * Loads it with a shared row lock: saves run side by side, a submission waits for
	 * them.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select a from Assessment a where a.id = ?1")
	Optional<Assessment> findShared(long id);

	@Query("select a from Assessment a where a.cycleId = ?1 order by a.id")
	List<Assessment> findByCycleId(long cycleId);

	/** Loads it with an exclusive row lock, for submitting and withdrawing. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Assessment a where a.id = ?1")
	Optional<Assessment> findExclusive(long id);

}

interface Entries extends JpaRepository<AssessmentEntry, Long> {

	// Written out: a derived query is rebuilt as a criteria query on every call, a JPQL
	// string is cached.
	@Query("select e from AssessmentEntry e where e.assessmentId = ?1 and e.nodeCode = ?2")
	Optional<AssessmentEntry> findByAssessmentIdAndNodeCode(long assessmentId, String nodeCode);

	@Query("select e from AssessmentEntry e where e.assessmentId = ?1 order by e.id")
	List<AssessmentEntry> findByAssessmentId(long assessmentId);

}

interface EvidenceFiles extends JpaRepository<EvidenceFile, Long> {

	@Query("select f from EvidenceFile f where f.assessmentId = ?1 and f.sha256 = ?2")
	Optional<EvidenceFile> findByAssessmentIdAndSha256(long assessmentId, String sha256);

}

interface Evidences extends JpaRepository<Evidence, Long> {

	@Query("select count(v) > 0 from Evidence v where v.entryId = ?1 and v.fileId = ?2")
	boolean existsByEntryIdAndFileId(long entryId, long fileId);

}

interface Submissions extends JpaRepository<Submission, Long> {

	@Modifying
	@Query("update AssessmentEntry e set e.version = e.version + 1 where e.assessmentId = ?1")
	int bumpEntryVersions(long assessmentId);

	@Query("select s from Submission s where s.assessmentId = ?1 order by s.seq desc")
	List<Submission> findByAssessmentIdOrderBySeqDesc(long assessmentId);

}
