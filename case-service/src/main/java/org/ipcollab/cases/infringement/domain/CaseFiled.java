package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

import org.ipcollab.cases.thresholds.domain.InfringingAct;

/**
 * 案件登记 — an enforcement officer filed an infringement case. Schema: docs/events/case.filed.v1.schema.json.
 * Deprecated by {@link CaseFiledV2}, but still published beside it for organisation cases until v1 is retired.
 * {@code caseNumber}, {@code clueSource}, {@code act}, {@code rightHolder} and {@code infringer.kind} were added as
 * optional fields within v1. Only organisation infringers can be published in v1 (its {@code infringer.creditCode} is
 * required), see {@link InfringementCase#file}.
 */
public record CaseFiled(UUID caseId, String district, String departmentId, IpKind ipKind, String title,
        Party infringer, Instant filedAt, String filedBy, String caseNumber, ClueSource clueSource,
        InfringingAct act, RightHolder rightHolder) implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.filed.v1";

    /** A party as the event shows it: never a resident ID number. */
    public record Party(PartyKind kind, String name, String creditCode) {
    }

    @Override
    public String type() {
        return TYPE;
    }
}
