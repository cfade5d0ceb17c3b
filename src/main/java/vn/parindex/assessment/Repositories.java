package vn.parindex.assessment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Assessments extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByCycleIdAndUnitId(long cycleId, long unitId);

	/**
	 * Loads it with a shared row lock: saves run side by side, a submission waits for
	 * them.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select a from Assessment a where a.id = ?1")
	Optional<Assessment> findShared(long id);

	/** Loads it with an exclusive row lock, for submitting and withdrawing. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Assessment a where a.id = ?1")
	Optional<Assessment> findExclusive(long id);

}

interface Entries extends JpaRepository<AssessmentEntry, Long> {

	Optional<AssessmentEntry> findByAssessmentIdAndNodeCode(long assessmentId, String nodeCode);

}

interface EvidenceFiles extends JpaRepository<EvidenceFile, Long> {

	Optional<EvidenceFile> findByAssessmentIdAndSha256(long assessmentId, String sha256);

}

interface Evidences extends JpaRepository<Evidence, Long> {

	boolean existsByEntryIdAndFileId(long entryId, long fileId);

}

interface Submissions extends JpaRepository<Submission, Long> {

	List<Submission> findByAssessmentIdOrderBySeqDesc(long assessmentId);

}
