package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ipcollab.cases.thresholds.domain.IllegalBusinessVolume;
import org.ipcollab.cases.thresholds.domain.RecordedAct;

/**
 * 知识产权侵权案件 — an IP infringement case handled by an administrative enforcement department.
 * Plain Java: commands return the events they cause, and the use case writes them to the outbox in its transaction.
 */
public final class InfringementCase {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
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
    private final String caseNumber;
    private final CaseParticulars particulars;

    public InfringementCase(UUID id, String district, String departmentId, String caseNumber, IpKind ipKind,
            String title, Infringer infringer, CaseParticulars particulars, CaseStatus status, Instant filedAt,
            String filedBy) {
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
        this.caseNumber = caseNumber; // null only for cases filed before numbering existed
        this.particulars = Objects.requireNonNull(particulars);
        if (particulars.act() != null && !particulars.act().infringes(ipKind)) {
            throw new IllegalArgumentException("the act " + particulars.act() + " does not infringe a " + ipKind);
        }
    }

    /** The new case together with the events its filing causes. */
    public record Filing(InfringementCase filed, List<CaseEvent> events) {
    }

    /**
     * 登记 — an officer of {@code departmentId} files a case in {@code district} under the number issued for it. The
     * filing causes {@link CaseFiledV2}, and for an organisation infringer also the deprecated {@link CaseFiled} (v1
     * requires {@code infringer.creditCode}), which is published beside v2 until it is retired (docs/events/README.md,
     * versioning).
     */
    public static Filing file(String district, String departmentId, String caseNumber, IpKind ipKind, String title,
            Infringer infringer, CaseParticulars particulars, String officer, Instant now) {
        Objects.requireNonNull(caseNumber, "case number");
        particulars.requireFileable();
        InfringementCase c = new InfringementCase(UUID.randomUUID(), district, departmentId, caseNumber, ipKind,
                title.strip(), infringer, particulars, CaseStatus.FILED, now, officer);
        CaseFiledV2 filedV2 = new CaseFiledV2(c.id, c.district, c.departmentId, c.ipKind, c.title,
                CaseFiledV2.Party.of(infringer), c.filedAt, c.filedBy, caseNumber, particulars.clueSource(),
                particulars.act(), particulars.rightHolder());
        if (infringer.kind() != PartyKind.ORGANISATION) {
            return new Filing(c, List.of(filedV2));
        }
        CaseFiled filed = new CaseFiled(c.id, c.district, c.departmentId, c.ipKind, c.title,
                new CaseFiled.Party(infringer.kind(), infringer.name(), infringer.creditCode()), c.filedAt, c.filedBy,
                caseNumber, particulars.clueSource(), particulars.act(), particulars.rightHolder());
        return new Filing(c, List.of(filed, filedV2));
    }

    /**
     * 非法经营数额 of the goods recorded, computed as 法释〔2004〕19号 art 12 says, with the goods taken as one act on
     * the filing day (Beijing time); empty without goods.
     */
    public Optional<IllegalBusinessVolume> illegalBusinessVolume() {
        if (particulars.goods().isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(filedAt, BEIJING);
        return Optional.of(IllegalBusinessVolume.compute(List.of(
                RecordedAct.of("本案涉案物品 / goods of this case", day, particulars.goods(), null))));
    }

    public String caseNumber() {
        return caseNumber;
    }

    public CaseParticulars particulars() {
        return particulars;
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
