package vn.parindex.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrgUnits extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

}

interface PeerGroups extends JpaRepository<PeerGroup, Long> {

	Optional<PeerGroup> findByCode(String code);

}

interface Provinces extends JpaRepository<Province, Long> {

	Optional<Province> findByCode(String code);

}

interface SubUnits extends JpaRepository<SubUnit, Long> {

	boolean existsByUnitIdAndCode(long unitId, String code);

}
