package vn.parindex.remediation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Remediation plans as JSON, read-only; the facade checks role and unit, errors come as
 * ProblemDetail.
 */
@RestController
@RequestMapping("/api/v1/remediation-plans")
@Tag(name = "Remediation plans", description = "Kế hoạch khắc phục: a unit's plan per period, with its lines")
class PlanApiController {

	private final RemediationManagement plans;

	PlanApiController(RemediationManagement plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "List the plans the caller may read")
	List<PlanRow> list(@Parameter(description = "the period") @RequestParam(required = false) @Nullable Long cycle) {
		return this.plans.plans(cycle);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A plan with its lines, status shown today and evidence files")
	PlanView plan(@PathVariable long id) {
		return this.plans.plan(id);
	}

}
