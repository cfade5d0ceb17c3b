package vn.parindex.assessment.evidence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parindex.shared.ParindexProperties;

/**
 * Chooses the one {@link BlobStore} from {@code parindex.evidence.store}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EvidenceConfiguration.class);

	@Bean
	BlobStore evidenceBlobStore(EvidenceProperties evidence, ParindexProperties parindex) {
		BlobStore store = switch (evidence.store()) {
			case DISK -> new DiskBlobStore(EvidenceIntake.evidenceDir(parindex));
			case S3 -> S3BlobStore.of(evidence.s3());
		};
		log.info("Evidence files are kept in the {} store, at most {} each", store.name(), evidence.maxSize());
		return store;
	}

}
