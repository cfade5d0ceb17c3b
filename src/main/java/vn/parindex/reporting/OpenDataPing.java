package vn.parindex.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open data's availability check for uptime monitors: "ok", with no database and no
 * work. It is also the trivial endpoint the portal's throughput is measured against
 * (bench/portal.sh).
 */
@RestController
@Tag(name = "Open data / Dữ liệu mở")
class OpenDataPing {

	@GetMapping(path = "/api/public/v1/ping", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Kiểm tra dịch vụ / availability check", description = "Trả về \"ok\". Answers \"ok\".")
	ResponseEntity<String> ping() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("ok");
	}

}
