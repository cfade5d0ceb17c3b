package vn.parindex.assessment.evidence;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps evidence content as objects {@code <prefix><sha256>} in an S3-compatible bucket,
 * for installations with several application servers. S3 makes an object visible only
 * once it is completely written.
 */
final class S3BlobStore implements BlobStore, AutoCloseable {

	private final S3Client client;

	private final String bucket;

	private final String prefix;

	S3BlobStore(S3Client client, String bucket, String prefix) {
		this.client = client;
		this.bucket = bucket;
		this.prefix = prefix;
	}

	static S3BlobStore of(EvidenceProperties.S3 settings) {
		String bucket = settings.bucket();
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalStateException("parindex.evidence.store=S3 needs parindex.evidence.s3.bucket: "
					+ "set it to the bucket that keeps the evidence files, or use parindex.evidence.store=DISK");
		}
		return new S3BlobStore(client(settings), bucket, settings.prefix());
	}

	static S3Client client(EvidenceProperties.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings))
			.forcePathStyle(settings.pathStyle())
			// S3-compatible servers often reject the SDK's optional trailing checksums
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		String endpoint = settings.endpoint();
		if (endpoint != null && !endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(EvidenceProperties.S3 settings) {
		String accessKey = settings.accessKey();
		String secretKey = settings.secretKey();
		if (accessKey != null && !accessKey.isBlank() && secretKey != null && !secretKey.isBlank()) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	@Override
	public boolean exists(String sha256) {
		if (!Sha256.isValid(sha256)) {
			return false;
		}
		try {
			this.client.headObject((head) -> head.bucket(this.bucket).key(key(sha256)));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new EvidenceStorageException(ex);
		}
		catch (SdkException ex) {
			throw new EvidenceStorageException(ex);
		}
	}

	@Override
	public void put(String sha256, Path file, long size, String mediaType) {
		Sha256.require(sha256);
		if (exists(sha256)) {
			return;
		}
		PutObjectRequest request = PutObjectRequest.builder()
			.bucket(this.bucket)
			.key(key(sha256))
			.contentType(mediaType)
			.contentLength(size)
			.metadata(Map.of("sha256", sha256))
			.build();
		try {
			this.client.putObject(request, RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw new EvidenceStorageException(ex);
		}
	}

	@Override
	public InputStream open(String sha256) {
		if (!Sha256.isValid(sha256)) {
			throw Sha256.notFound(sha256);
		}
		try {
			return this.client.getObject((get) -> get.bucket(this.bucket).key(key(sha256)));
		}
		catch (NoSuchKeyException ex) {
			throw Sha256.notFound(sha256);
		}
		catch (SdkException ex) {
			throw new EvidenceStorageException(ex);
		}
	}

	@Override
	public String name() {
		return "s3";
	}

	@Override
	public void close() {
		this.client.close();
	}

	private String key(String sha256) {
		return this.prefix + sha256;
	}

}
