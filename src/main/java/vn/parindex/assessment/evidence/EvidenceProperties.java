package vn.parindex.assessment.evidence;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence file settings under {@code parindex.evidence.*}.
 *
 * @param maxSize the largest file accepted
 * @param store where the content is kept
 * @param s3 the S3 store, used when {@code store=S3}
 */
@ConfigurationProperties("parindex.evidence")
public record EvidenceProperties(@DefaultValue("50MB") DataSize maxSize, @DefaultValue("DISK") Store store,
		@DefaultValue S3 s3) {

	/**
	 * Where the content of evidence files is kept.
	 */
	public enum Store {

		/**
		 * Under {@code ${parindex.data-dir}/evidence}, for a single application server.
		 */
		DISK,

		/** In an S3-compatible bucket, for several application servers. */
		S3

	}

	/**
	 * @param endpoint the URL of an S3-compatible server; AWS when absent
	 * @param region the signing region
	 * @param bucket the bucket; required when the store is S3
	 * @param prefix put before every key
	 * @param pathStyle address the bucket in the path rather than the host name
	 * @param accessKey the access key; the AWS default credentials when absent
	 * @param secretKey the secret key belonging to the access key
	 */
	public record S3(@Nullable String endpoint, @DefaultValue("us-east-1") String region, @Nullable String bucket,
			@DefaultValue("evidence/") String prefix, @DefaultValue("true") boolean pathStyle,
			@Nullable String accessKey, @Nullable String secretKey) {
	}

}
