package vn.parindex.assessment.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.util.unit.DataSize;

import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.ParindexProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvidenceIntakeTests {

	@TempDir
	Path dataDir;

	static Stream<Arguments> acceptedFiles() throws IOException {
		return Stream.of(Arguments.of("Báo cáo.pdf", EvidenceSamples.pdf(), "application/pdf"),
				Arguments.of("Báo cáo.docx", EvidenceSamples.docx(),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				Arguments.of("Số liệu.xlsx", EvidenceSamples.xlsx(),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				Arguments.of("Số liệu.xls", EvidenceSamples.xls(), "application/vnd.ms-excel"),
				Arguments.of("Tờ trình.odt", EvidenceSamples.odt(), "application/vnd.oasis.opendocument.text"),
				Arguments.of("Ảnh hiện trường.jpg", EvidenceSamples.image("jpg"), "image/jpeg"),
				Arguments.of("Ảnh chụp.png", EvidenceSamples.image("png"), "image/png"));
	}

	@ParameterizedTest
	@MethodSource("acceptedFiles")
	void documentsAndPicturesAreStoredWithTheTypeOfTheirContent(String name, byte[] bytes, String type)
			throws IOException {
		StoredFile stored = intake(DataSize.ofMegabytes(50)).receive(new ByteArrayInputStream(bytes), name);
		assertThat(stored.mediaType()).isEqualTo(type);
		assertThat(stored.size()).isEqualTo(bytes.length);
		assertThat(stored.displayName()).isEqualTo(name);
		assertThat(stored.sha256()).isEqualTo(EvidenceSamples.sha256(bytes));
		try (InputStream in = store().open(stored.sha256())) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(incoming()).isEmpty();
	}

	@Test
	void aProgramRenamedToPdfIsRefused() {
		assertRefused(EvidenceSamples.windowsExe(), "bao-cao.pdf", "application/x-msdownload");
	}

	@Test
	void aWebPageRenamedToPdfIsRefused() {
		assertRefused(EvidenceSamples.htmlPage(), "bao-cao.pdf", "text/html");
	}

	@Test
	void plainTextIsRefused() {
		assertRefused(EvidenceSamples.text(), "ghi-chu.txt", "text/plain");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> intake(DataSize.ofMegabytes(2)).receive(InputStream.nullInputStream(), "rong.pdf"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.evidence.empty"));
		assertNothingKept();
	}

	@Test
	void aFileOverTheLimitIsRefusedAndNothingIsKept() throws IOException {
		byte[] bytes = EvidenceSamples.padded(EvidenceSamples.pdf(), 3 * 1024 * 1024);
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> intake(DataSize.ofMegabytes(2)).receive(new ByteArrayInputStream(bytes), "lon.pdf"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.evidence.too-large"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("2 MB"));
		assertNothingKept();
	}

	@Test
	void aFileExactlyAtTheLimitIsAccepted() throws IOException {
		byte[] bytes = EvidenceSamples.padded(EvidenceSamples.pdf(), 2 * 1024 * 1024);
		StoredFile stored = intake(DataSize.ofMegabytes(2)).receive(new ByteArrayInputStream(bytes), "vua-du.pdf");
		assertThat(stored.size()).isEqualTo(2 * 1024 * 1024);
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(blobs()).hasSize(1);
	}

	@Test
	void theSameContentIsStoredOnceWhateverItsName() throws IOException {
		byte[] bytes = EvidenceSamples.pdf();
		EvidenceIntake intake = intake(DataSize.ofMegabytes(2));
		StoredFile first = intake.receive(new ByteArrayInputStream(bytes), "Báo cáo quý 1.pdf");
		StoredFile second = intake.receive(new ByteArrayInputStream(bytes), "ban-sao.pdf");
		assertThat(second.sha256()).isEqualTo(first.sha256());
		assertThat(second.displayName()).isEqualTo("ban-sao.pdf");
		String sha = first.sha256();
		assertThat(blobs())
			.containsExactly(store().root().resolve(sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha));
		assertThat(incoming()).isEmpty();
	}

	@Test
	void aDroppedConnectionKeepsNothing() throws IOException {
		InputStream dropping = new FailingStream(EvidenceSamples.padded(EvidenceSamples.pdf(), 2 * 1024 * 1024),
				1024 * 1024);
		assertThatExceptionOfType(EvidenceStorageException.class)
			.isThrownBy(() -> intake(DataSize.ofMegabytes(50)).receive(dropping, "bao-cao.pdf"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.evidence.storage-failed"))
			.satisfies((ex) -> assertThat(ex).hasRootCauseMessage("Connection reset"));
		assertNothingKept();
	}

	@Test
	void aStoreThatCannotWriteKeepsNothing() throws IOException {
		Path blocked = Files.writeString(this.dataDir.resolve("blocked"), "not a folder");
		EvidenceIntake intake = new EvidenceIntake(new DiskBlobStore(blocked), parindex(),
				evidence(DataSize.ofMegabytes(2)));
		assertThatExceptionOfType(EvidenceStorageException.class)
			.isThrownBy(() -> intake.receive(new ByteArrayInputStream(EvidenceSamples.pdf()), "bao-cao.pdf"));
		assertThat(incoming()).isEmpty();
		assertThat(Files.readString(blocked)).isEqualTo("not a folder");
	}

	@Test
	void openingMissingContentIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> store().open("0".repeat(64)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> store().open("../../etc/passwd"));
		assertThat(store().exists("0".repeat(64))).isFalse();
	}

	@Test
	void theLimitIsShownInMegabytes() {
		assertThat(intake(DataSize.ofMegabytes(50)).maxSizeText()).isEqualTo("50 MB");
		assertThat(intake(DataSize.ofMegabytes(50)).maxSize()).isEqualTo(DataSize.ofMegabytes(50));
		assertThat(Sizes.text(DataSize.ofKilobytes(512))).isEqualTo("512 KB");
	}

	private void assertRefused(byte[] bytes, String name, String type) {
		assertThatExceptionOfType(EvidenceRejectedException.class)
			.isThrownBy(() -> intake(DataSize.ofMegabytes(2)).receive(new ByteArrayInputStream(bytes), name))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.evidence.type-refused"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(type, name));
		assertNothingKept();
	}

	private void assertNothingKept() {
		assertThat(incoming()).isEmpty();
		assertThat(blobs()).isEmpty();
	}

	private EvidenceIntake intake(DataSize maxSize) {
		return new EvidenceIntake(store(), parindex(), evidence(maxSize));
	}

	private ParindexProperties parindex() {
		return new ParindexProperties(this.dataDir, new ParindexProperties.Embedded(false, 0));
	}

	private static EvidenceProperties evidence(DataSize maxSize) {
		return new EvidenceProperties(maxSize, EvidenceProperties.Store.DISK,
				new EvidenceProperties.S3(null, "us-east-1", null, "evidence/", true, null, null));
	}

	private DiskBlobStore store() {
		return new DiskBlobStore(this.dataDir.resolve("evidence"));
	}

	private List<Path> incoming() {
		return EvidenceSamples.files(this.dataDir.resolve("evidence/.incoming"));
	}

	private List<Path> blobs() {
		return EvidenceSamples.files(this.dataDir.resolve("evidence"))
			.stream()
			.filter((file) -> !file.toString().contains(".incoming"))
			.toList();
	}

}
