package vn.parindex.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Adds a phòng or ban to a unit.
 */
public record SubUnitForm(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name) {
}
