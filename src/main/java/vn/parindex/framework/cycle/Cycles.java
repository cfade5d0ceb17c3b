package vn.parindex.framework.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Periods by id.
 */
interface Cycles extends JpaRepository<Cycle, Long> {

}
