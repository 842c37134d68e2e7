package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.IpKind;

/** The state of a case as its record ({@code CaseTimeline}) keeps it before and after a change. */
public record CaseSnapshot(UUID id, String district, String departmentId, IpKind ipKind, String title,
        Infringer infringer, CaseStatus status, Instant filedAt, String filedBy) {

    public record Infringer(String name, String creditCode) {
    }

    static CaseSnapshot of(InfringementCase c) {
        return new CaseSnapshot(c.id(), c.district(), c.departmentId(), c.ipKind(), c.title(),
                new Infringer(c.infringer().name(), c.infringer().creditCode()), c.status(), c.filedAt(), c.filedBy());
    }
}
