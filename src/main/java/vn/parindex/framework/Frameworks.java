package vn.parindex.framework;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Frameworks extends JpaRepository<Framework, Long> {

	@Query("select coalesce(max(f.versionNo), 0) from Framework f where f.year = ?1 and f.unitTypes = ?2")
	int lastVersionNo(int year, String unitTypes);

	default Optional<Framework> find(long id) {
		return findById(id);
	}

}
