package vn.parindex.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import vn.parindex.scoring.PublishedResults;

/**
 * Open data of published results, without sign-in: the publications, each one's rows as
 * JSON and CSV, and the snapshot exactly as hashed.
 */
@RestController
@RequestMapping(OpenDataController.BASE)
@Tag(name = "Open data / Dữ liệu mở",
		description = "Kết quả Chỉ số CCHC đã công bố, không cần đăng nhập. Published PAR Index results, no sign-in; "
				+ "an unpublished period does not exist here (404).")
class OpenDataController {

	static final String BASE = "/api/public/v1/publications";

	private static final String NOT_FOUND = "Không có lần công bố này / no such publication";

	private final ResultsExports exports;

	OpenDataController(ResultsExports exports) {
		this.exports = exports;
	}

	@GetMapping
	@Operation(summary = "Các lần công bố hiện hành / current publications",
			description = "Lần công bố hiện hành của mỗi kỳ đã công bố, năm mới nhất trước, kèm địa chỉ các tệp. "
					+ "The current publication of every published period, newest first, with its files' addresses.")
	ResponseEntity<List<PublicationEntry>> publications() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.exports.publications());
	}

	@GetMapping("/{id}/results.json")
	@Operation(summary = "Kết quả theo đơn vị (JSON) / results per unit (JSON)",
			description = "Một dòng cho mỗi đơn vị, theo nhóm và thứ hạng. One flat row per unit, group by group in "
					+ "ranking order. ETag = SHA-256 of the snapshot; 304 on If-None-Match.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = ResultRow.class))))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<List<ResultRow>> results(@Parameter(description = "publication id") @PathVariable long id,
			WebRequest request) {
		PublishedResults published = this.exports.published(id);
		return Download.data(published.publication(), "ket-qua.json", MediaType.APPLICATION_JSON)
			.send(request, () -> this.exports.rows(published));
	}

	@GetMapping("/{id}/results.csv")
	@Operation(summary = "Kết quả theo đơn vị (CSV) / results per unit (CSV)",
			description = "Cùng các cột như results.json; UTF-8 có BOM, phân cách bằng dấu phẩy, số dùng dấu chấm, "
					+ "chữ đã chống chèn công thức. Same columns as results.json; UTF-8 with BOM, comma separated, "
					+ "decimal point, text neutralised against formula injection.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<byte[]> csv(@Parameter(description = "publication id") @PathVariable long id, WebRequest request) {
		PublishedResults published = this.exports.published(id);
		return Download.data(published.publication(), "ket-qua.csv", Download.CSV)
			.send(request, () -> this.exports.csv(published));
	}

	@GetMapping("/{id}/snapshot.json")
	@Operation(summary = "Bản công bố gốc / the published snapshot",
			description = "Đúng các byte đã băm: sha256sum của tệp tải về bằng SHA-256 đã công bố. Exactly the "
					+ "bytes that were hashed: sha256sum of the download equals the published SHA-256.")
	@ApiResponse(responseCode = "200", description = "OK",
			headers = @Header(name = Download.DIGEST_HEADER, description = "SHA-256 (hex) of the body"),
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(type = "object", description = "ResultsSnapshot as canonical JSON")))
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<byte[]> snapshot(@Parameter(description = "publication id") @PathVariable long id,
			WebRequest request) {
		PublishedResults published = this.exports.published(id);
		return Download.snapshot(published.publication()).send(request, () -> this.exports.snapshot(id));
	}

}
