package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 知识产权侵权案件 — an IP infringement case handled by an administrative enforcement department.
 * Plain Java: commands return the events they cause, and the use case writes them to the outbox in its transaction.
 */
public final class InfringementCase {
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");

    private final UUID id;
    private final String district;
    private final String departmentId;
    private final IpKind ipKind;
    private final String title;
    private final Infringer infringer;
    private final CaseStatus status;
    private final Instant filedAt;
    private final String filedBy;

    public InfringementCase(UUID id, String district, String departmentId, IpKind ipKind, String title,
            Infringer infringer, CaseStatus status, Instant filedAt, String filedBy) {
        this.id = Objects.requireNonNull(id);
        if (district == null || !DISTRICT.matcher(district).matches()) {
            throw new IllegalArgumentException("a district is a 6-digit GB/T 2260 code");
        }
        this.district = district;
        this.departmentId = Objects.requireNonNull(departmentId);
        this.ipKind = Objects.requireNonNull(ipKind);
        this.title = Objects.requireNonNull(title);
        this.infringer = Objects.requireNonNull(infringer);
        this.status = Objects.requireNonNull(status);
        this.filedAt = Objects.requireNonNull(filedAt);
        this.filedBy = Objects.requireNonNull(filedBy);
    }

    /** The new case together with the events its filing causes. */
    public record Filing(InfringementCase filed, List<CaseEvent> events) {
    }

    /** 登记 — an officer of {@code departmentId} files a case in {@code district}. */
    public static Filing file(String district, String departmentId, IpKind ipKind, String title, Infringer infringer,
            String officer, Instant now) {
        InfringementCase c = new InfringementCase(UUID.randomUUID(), district, departmentId, ipKind, title.strip(),
                infringer, CaseStatus.FILED, now, officer);
        CaseFiled filed = new CaseFiled(c.id, c.district, c.departmentId, c.ipKind, c.title, c.infringer, c.filedAt,
                c.filedBy);
        return new Filing(c, List.of(filed));
    }

    public UUID id() {
        return id;
    }

    public String district() {
        return district;
    }

    public String departmentId() {
        return departmentId;
    }

    public IpKind ipKind() {
        return ipKind;
    }

    public String title() {
        return title;
    }

    public Infringer infringer() {
        return infringer;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String filedBy() {
        return filedBy;
    }
}
