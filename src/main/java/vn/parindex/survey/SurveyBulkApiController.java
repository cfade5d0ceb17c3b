package vn.parindex.survey;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.web.multipart.MultipartFile;

import vn.parindex.shared.BusinessRuleException;

/**
 * Bulk response imports over HTTP (ADMIN): the same CSV as the page; a refused file
 * answers 422 with every bad cell in the ProblemDetail's {@code errors}.
 */
@RestController
class SurveyBulkApiController {

	private final SurveyBulkImport bulk;

	SurveyBulkApiController(SurveyBulkImport bulk) {
		this.bulk = bulk;
	}

	@PostMapping(path = "/api/v1/survey-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Import paper and 1022 call-centre responses from a CSV (one answer per row), whole or not at all")
	BulkImportSummary upload(@RequestParam("file") @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleException("survey.bulk.file-missing");
		}
		try (InputStream in = file.getInputStream()) {
			return this.bulk.importCsv(in);
		}
	}

}
