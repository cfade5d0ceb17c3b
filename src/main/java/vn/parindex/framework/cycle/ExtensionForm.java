package vn.parindex.framework.cycle;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A later deadline for one unit in one phase, with the reason.
 *
 * @param unitId the unit, one of the period's
 * @param phase the phase
 * @param endsAt the new deadline in Vietnam time
 * @param reason why (required)
 */
record ExtensionForm(@NotNull @Nullable Long unitId, @NotNull @Nullable Phase phase,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime endsAt,
		@NotBlank @Size(max = 1000) @Nullable String reason) {

	static ExtensionForm empty() {
		return new ExtensionForm(null, Phase.SELF_ASSESSMENT, null, "");
	}

	public String endsAtValue() {
		return new PhaseInput(this.phase, null, this.endsAt).endsAtValue();
	}

}
