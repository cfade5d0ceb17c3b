package vn.parindex.assessment.evidence;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import vn.parindex.shared.ParindexProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EvidencePropertiesTests {

	@TempDir
	Path dataDir;

	@Test
	void defaultsAreFiftyMegabytesOnDisk() {
		EvidenceProperties evidence = bind(Map.of());
		assertThat(evidence.maxSize()).isEqualTo(DataSize.ofMegabytes(50));
		assertThat(evidence.store()).isEqualTo(EvidenceProperties.Store.DISK);
		assertThat(evidence.s3().region()).isEqualTo("us-east-1");
		assertThat(evidence.s3().prefix()).isEqualTo("evidence/");
		assertThat(evidence.s3().pathStyle()).isTrue();
		assertThat(evidence.s3().bucket()).isNull();
		BlobStore store = new EvidenceConfiguration().evidenceBlobStore(evidence, parindex());
		assertThat(store).isInstanceOfSatisfying(DiskBlobStore.class,
				(disk) -> assertThat(disk.root()).isEqualTo(this.dataDir.resolve("evidence").toAbsolutePath()));
		assertThat(store.name()).isEqualTo("disk");
	}

	@Test
	void theApplicationPropertiesBind() {
		EvidenceProperties evidence = bind(Map.of("parindex.evidence.max-size", "20MB", "parindex.evidence.store", "S3",
				"parindex.evidence.s3.endpoint", "https://s3.example.vn", "parindex.evidence.s3.bucket",
				"parindex-evidence", "parindex.evidence.s3.path-style", "false", "parindex.evidence.s3.access-key",
				"key", "parindex.evidence.s3.secret-key", "secret"));
		assertThat(evidence.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
		assertThat(evidence.s3()).isEqualTo(new EvidenceProperties.S3("https://s3.example.vn", "us-east-1",
				"parindex-evidence", "evidence/", false, "key", "secret"));
		try (S3BlobStore store = (S3BlobStore) new EvidenceConfiguration().evidenceBlobStore(evidence, parindex())) {
			assertThat(store.name()).isEqualTo("s3");
		}
	}

	@Test
	void anS3StoreWithoutBucketStopsTheStart() {
		EvidenceProperties evidence = bind(Map.of("parindex.evidence.store", "S3"));
		assertThatIllegalStateException()
			.isThrownBy(() -> new EvidenceConfiguration().evidenceBlobStore(evidence, parindex()))
			.withMessageContaining("parindex.evidence.s3.bucket");
	}

	private ParindexProperties parindex() {
		return new ParindexProperties(this.dataDir, new ParindexProperties.Embedded(false, 0));
	}

	private static EvidenceProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("parindex.evidence",
				EvidenceProperties.class);
	}

}
