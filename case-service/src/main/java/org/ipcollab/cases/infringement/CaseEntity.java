package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.Infringer;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.IpKind;

/** Persistence of {@link InfringementCase}; never a REST body or an event payload. */
@Entity
@Table(name = "ip_case")
public class CaseEntity {
    @Id
    public UUID id;

    @Column(nullable = false, length = 6)
    public String district;

    @Column(name = "department_id", nullable = false)
    public String departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_kind", nullable = false)
    public IpKind ipKind;

    @Column(nullable = false)
    public String title;

    @Column(name = "infringer_name", nullable = false)
    public String infringerName;

    @Column(name = "infringer_credit_code", nullable = false, length = 18)
    public String infringerCreditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Version
    public long version;

    static CaseEntity from(InfringementCase c) {
        CaseEntity e = new CaseEntity();
        e.id = c.id();
        e.district = c.district();
        e.departmentId = c.departmentId();
        e.ipKind = c.ipKind();
        e.title = c.title();
        e.infringerName = c.infringer().name();
        e.infringerCreditCode = c.infringer().creditCode();
        e.status = c.status();
        e.filedAt = c.filedAt();
        e.filedBy = c.filedBy();
        return e;
    }

    InfringementCase toDomain() {
        return new InfringementCase(id, district, departmentId, ipKind, title,
                new Infringer(infringerName, infringerCreditCode), status, filedAt, filedBy);
    }
}
