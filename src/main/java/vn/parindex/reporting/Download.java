package vn.parindex.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import vn.parindex.scoring.Publication;

/**
 * A file of a publication as an HTTP response: named {@code chi-so-cchc-<year>-…}, tagged
 * with the snapshot's SHA-256 (plus the language for files with labels, weakly, since
 * their bytes carry a creation time), and answered 304 without being made when the client
 * already has it.
 *
 * @param publication the publication
 * @param name the end of the file name, e.g. {@code xep-hang.xlsx}
 * @param type the content type
 * @param locale the labels' language; null for files without labels
 * @param inline whether a browser may show it rather than save it
 */
record Download(Publication publication, String name, MediaType type, @Nullable Locale locale, boolean inline) {

	static final String DIGEST_HEADER = "X-Content-SHA256";

	static final String SNAPSHOT = "snapshot.json";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static Download file(Publication publication, String name, MediaType type, Locale locale) {
		return new Download(publication, name, type, locale, false);
	}

	static Download data(Publication publication, String name, MediaType type) {
		return new Download(publication, name, type, null, true);
	}

	/** The snapshot as hashed; the only file whose own SHA-256 is the publication's. */
	static Download snapshot(Publication publication) {
		return data(publication, SNAPSHOT, MediaType.APPLICATION_JSON);
	}

	/**
	 * The file name: {@code chi-so-cchc-2025-xep-hang.xlsx}, {@code -lan-2} for
	 * corrections.
	 */
	String filename() {
		int seq = this.publication.seq();
		return "chi-so-cchc-" + this.publication.year() + ((seq > 1) ? "-lan-" + seq : "") + "-" + this.name;
	}

	String etag() {
		if (this.locale == null) {
			return "\"" + this.publication.sha256() + "\"";
		}
		return "W/\"" + this.publication.sha256() + "-" + this.locale.getLanguage() + "\"";
	}

	/** 304 if the client's copy is current, otherwise the body made now. */
	<T> ResponseEntity<T> send(WebRequest request, Supplier<T> body) {
		String etag = etag();
		if (ETags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.cacheControl(CacheControl.noCache())
				.build();
		}
		ContentDisposition disposition = (this.inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(filename(), StandardCharsets.UTF_8)
			.build();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(this.type)
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		if (SNAPSHOT.equals(this.name)) {
			response.header(DIGEST_HEADER, this.publication.sha256());
		}
		return response.body(body.get());
	}

}
