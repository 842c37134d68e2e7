package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.IpKind;

/** A case as the API shows it, with Chinese and English labels beside the codes. */
public record CaseResponse(UUID id, String district, String departmentId, IpKind ipKind, String ipKindZh,
        String ipKindEn, String title, InfringerView infringer, CaseStatus status, String statusZh, String statusEn,
        Instant filedAt, String filedBy) {

    public record InfringerView(String name, String creditCode) {
    }

    static CaseResponse of(InfringementCase c) {
        return new CaseResponse(c.id(), c.district(), c.departmentId(), c.ipKind(), c.ipKind().labelZh(),
                c.ipKind().labelEn(), c.title(), new InfringerView(c.infringer().name(), c.infringer().creditCode()),
                c.status(), c.status().labelZh(), c.status().labelEn(), c.filedAt(), c.filedBy());
    }
}
