package vn.parindex.framework;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Criteria frameworks as JSON, read-only, for every signed-in user and other systems of
 * the province.
 */
@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Criteria frameworks (bộ tiêu chí): tree, rules, settings and bands")
class FrameworksApiController {

	private final FrameworkManagement frameworks;

	private final MessageSource messages;

	FrameworksApiController(FrameworkManagement frameworks, MessageSource messages) {
		this.frameworks = frameworks;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List frameworks",
			description = "Every framework version, newest year first; with year, only that year's.")
	List<FrameworkRow> list(
			@Parameter(description = "the evaluated year") @RequestParam(required = false) @Nullable Integer year) {
		return this.frameworks.list(year);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one framework",
			description = "The header, status, settings, bands, validation faults (with the reason in the "
					+ "request's language) and the tree as nested nodes with each leaf's rule type and parameters "
					+ "as in the YAML format. 404 when the framework does not exist.")
	FrameworkJson framework(@Parameter(description = "the framework's id") @PathVariable long id, Locale locale) {
		return FrameworkJson.of(this.frameworks.view(id), (issue) -> this.messages.getMessage(issue.messageKey(),
				NodeFormReader.parameterNames(issue.argumentArray()), issue.messageKey(), locale));
	}

}
