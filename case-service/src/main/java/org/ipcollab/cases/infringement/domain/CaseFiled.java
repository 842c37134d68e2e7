package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/** 案件登记 — an enforcement officer filed an infringement case. Schema: docs/events/case.filed.v1.schema.json. */
public record CaseFiled(UUID caseId, String district, String departmentId, IpKind ipKind, String title,
        Infringer infringer, Instant filedAt, String filedBy) implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.filed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
