package org.ipcollab.cases.supervision;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.supervision.domain.DepartmentId;

/** Body of {@code POST /cases/{id}/major-supervision}: 列为重大案件联合督办. */
@ConsistentSupervision
public record MarkMajorRequest(
        @Schema(description = "列为重大案件的理由 — why the case is major")
        @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "督办部门 — 1 to 10 distinct departments of any district, not the case's own",
                example = "[\"500155-psb\", \"500155-proc\"]")
        @NotNull @Size(min = 1, max = 10)
        List<@NotNull @Size(max = DepartmentId.MAX_LENGTH) @Pattern(regexp = DepartmentId.PATTERN,
                message = DepartmentId.MESSAGE) String> supervisingDepartments,
        @Schema(description = "牵头督办部门 — optional, one of supervisingDepartments", example = "500155-psb")
        @Size(max = DepartmentId.MAX_LENGTH) @Pattern(regexp = DepartmentId.PATTERN, message = DepartmentId.MESSAGE)
        String leadDepartment) {
}
