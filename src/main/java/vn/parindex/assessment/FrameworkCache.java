package vn.parindex.assessment;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import vn.parindex.framework.FrameworkDefinition;
import vn.parindex.framework.FrameworkManagement;
import vn.parindex.framework.FrameworkStatus;

/**
 * The frameworks assessments are scored with, kept in memory: a framework in use by a
 * period can no longer change, so a save does not reload the tree. Drafts are never kept.
 */
@Component
class FrameworkCache {

	private final FrameworkManagement frameworks;

	private final Cache<Long, FrameworkDefinition> cache = Caffeine.newBuilder()
		.maximumSize(64)
		.expireAfterAccess(Duration.ofHours(12))
		.build();

	FrameworkCache(FrameworkManagement frameworks) {
		this.frameworks = frameworks;
	}

	FrameworkDefinition get(long frameworkId) {
		FrameworkDefinition cached = this.cache.getIfPresent(frameworkId);
		if (cached != null) {
			return cached;
		}
		FrameworkDefinition definition = this.frameworks.definition(frameworkId);
		if (this.frameworks.summary(frameworkId).status() == FrameworkStatus.IN_USE) {
			this.cache.put(frameworkId, definition);
		}
		return definition;
	}

}
