package vn.parindex.assessment.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import org.springframework.util.unit.DataSize;

import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.ParindexProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class S3BlobStoreTests {

	static final String BUCKET = "parindex-evidence";

	static LocalS3 server;

	static S3Client client;

	static S3BlobStore store;

	@TempDir
	Path folder;

	@BeforeAll
	static void startServer() {
		server = LocalS3.builder().port(-1).mode(LocalS3Mode.IN_MEMORY).build();
		server.start();
		EvidenceProperties.S3 settings = settings();
		client = S3BlobStore.client(settings);
		client.createBucket((create) -> create.bucket(BUCKET));
		store = S3BlobStore.of(settings);
	}

	static EvidenceProperties.S3 settings() {
		return new EvidenceProperties.S3("http://127.0.0.1:" + server.getPort(), "us-east-1", BUCKET, "evidence/", true,
				"test-key", "test-secret");
	}

	@AfterAll
	static void stopServer() {
		store.close();
		client.close();
		server.shutdown();
	}

	@Test
	void storedContentComesBackWhole() throws IOException {
		byte[] bytes = EvidenceSamples.pdf();
		StoredFile stored = receive(bytes, "Báo cáo.pdf");
		assertThat(store.exists(stored.sha256())).isTrue();
		try (InputStream in = store.open(stored.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		HeadObjectResponse head = client.headObject((h) -> h.bucket(BUCKET).key("evidence/" + stored.sha256()));
		assertThat(head.contentType()).isEqualTo("application/pdf");
		assertThat(head.metadata()).containsEntry("sha256", stored.sha256());
	}

	@Test
	void theSameContentIsOneObject() throws IOException {
		byte[] bytes = EvidenceSamples.image("png");
		StoredFile first = receive(bytes, "anh-1.png");
		StoredFile second = receive(bytes, "anh-2.png");
		assertThat(second.sha256()).isEqualTo(first.sha256());
		Path again = Files.write(this.folder.resolve("again.png"), bytes);
		store.put(first.sha256(), again, bytes.length, "image/png");
		assertThat(client.listObjectsV2((list) -> list.bucket(BUCKET).prefix("evidence/" + first.sha256())).contents())
			.hasSize(1);
		assertThat(this.folder.resolve("evidence/.incoming")).isEmptyDirectory();
	}

	@Test
	void missingContentIsNotFound() {
		String missing = "f".repeat(64);
		assertThat(store.exists(missing)).isFalse();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> store.open(missing));
	}

	@Test
	void aBucketIsRequired() {
		EvidenceProperties.S3 settings = new EvidenceProperties.S3("http://127.0.0.1:1", "us-east-1", " ", "evidence/",
				true, null, null);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> S3BlobStore.of(settings))
			.withMessageContaining("parindex.evidence.s3.bucket");
	}

	private StoredFile receive(byte[] bytes, String name) {
		ParindexProperties parindex = new ParindexProperties(this.folder, new ParindexProperties.Embedded(false, 0));
		EvidenceProperties evidence = new EvidenceProperties(DataSize.ofMegabytes(2), EvidenceProperties.Store.S3,
				settings());
		return new EvidenceIntake(store, parindex, evidence).receive(new ByteArrayInputStream(bytes), name);
	}

}
