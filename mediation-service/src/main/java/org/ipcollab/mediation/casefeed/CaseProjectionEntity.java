package org.ipcollab.mediation.casefeed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ipcollab.mediation.casefeed.domain.CaseView;

/** Persistence of {@link CaseView}. */
@Entity
@Table(name = "case_projection")
public class CaseProjectionEntity {
    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false, length = 6)
    public String district;

    @Column(name = "department_id", nullable = false)
    public String departmentId;

    @Column(name = "ip_kind", nullable = false)
    public String ipKind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String status;

    @Column(name = "events_applied", nullable = false)
    public long eventsApplied;

    @Column(name = "last_event_id", nullable = false)
    public String lastEventId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    CaseView toDomain() {
        return new CaseView(caseId, district, departmentId, ipKind, title, status, eventsApplied, lastEventId, updatedAt);
    }

    void copy(CaseView v) {
        caseId = v.caseId();
        district = v.district();
        departmentId = v.departmentId();
        ipKind = v.ipKind();
        title = v.title();
        status = v.status();
        eventsApplied = v.eventsApplied();
        lastEventId = v.lastEventId();
        updatedAt = v.updatedAt();
    }
}
