package org.ipcollab.cases.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.supervision.domain.DepartmentId;

/** Body of {@code POST /cases/{id}/consultations}: 重大案件会商. */
@ConsistentSupervision
public record ConsultationRequest(
        @Schema(description = "会商时间 — when it was held; not in the future", example = "2026-11-20T02:00:00Z")
        @NotNull @PastOrPresent(message = "must not be in the future / 会商时间不能晚于当前时间") Instant heldAt,
        @Schema(description = "会商议题") @NotBlank @Size(max = 200) String topic,
        @Schema(description = "参会人员 — at least two distinct departments")
        @NotNull @Size(min = 2, max = 50) List<@NotNull @Valid ParticipantRequest> participants,
        @Schema(description = "会商结论") @NotBlank @Size(max = 10000) String conclusions,
        @Schema(description = "后续事项 — optional")
        @Size(max = 50) List<@NotNull @Valid FollowUpRequest> followUps) {

    /** 参会人员: who took part for which department, and the post they hold (free text, e.g. 科长). */
    public record ParticipantRequest(
            @NotNull @Size(max = DepartmentId.MAX_LENGTH)
            @Pattern(regexp = DepartmentId.PATTERN, message = DepartmentId.MESSAGE)
            @Schema(example = "500155-psb") String departmentId,
            @NotBlank @Size(max = 100) @Schema(example = "王某") String name,
            @NotBlank @Size(max = 100) @Schema(example = "科长") String role) {
    }

    /** 后续事项: an agreed action, the department responsible and the date it is due. */
    public record FollowUpRequest(
            @NotBlank @Size(max = 1000) String action,
            @NotNull @Size(max = DepartmentId.MAX_LENGTH)
            @Pattern(regexp = DepartmentId.PATTERN, message = DepartmentId.MESSAGE)
            @Schema(example = "500155-amr") String responsibleDepartment,
            @NotNull @Schema(example = "2026-12-04") LocalDate dueDate) {
    }
}
