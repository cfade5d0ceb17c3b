package vn.parindex.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.parindex.shared.BusinessRuleException;

/**
 * Importing a past period's official points over HTTP (ADMIN): the same xlsx as the page;
 * a refused file answers 422 with every bad cell in the ProblemDetail's {@code errors}.
 */
@RestController
class ResultsImportApiController {

	private final HistoricalResults historical;

	ResultsImportApiController(HistoricalResults historical) {
		this.historical = historical;
	}

	@GetMapping("/api/v1/cycles/{cycle}/results-imports")
	@Operation(summary = "The imports of a period's official points, the current first")
	List<ResultsImport> imports(@PathVariable long cycle) {
		return this.historical.history(cycle);
	}

	@PostMapping(path = "/api/v1/cycles/{cycle}/results-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a closed period's official points per unit and leaf from an xlsx, whole or not at all")
	ResultsImport upload(@PathVariable long cycle, @RequestParam("file") @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String source) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleException("import.file-missing");
		}
		try (InputStream in = file.getInputStream()) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
			return this.historical.importXlsx(cycle, in, name, source);
		}
	}

}
