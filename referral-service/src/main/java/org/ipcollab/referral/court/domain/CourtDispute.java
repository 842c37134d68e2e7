package org.ipcollab.referral.court.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.ipcollab.referral.referral.domain.Actor;
import org.ipcollab.referral.referral.domain.Fact;
import org.ipcollab.referral.referral.domain.StepRefused;

/**
 * 民事知识产权纠纷 — a civil IP dispute addressed to a court (e.g. the right holder's damages claim about an
 * infringement case), which the court may entrust to mediation (委派/委托调解). Registered against a case known in
 * the district, so the case's whole status shows it.
 */
public final class CourtDispute {
    private final UUID id;
    private final UUID caseId;
    private final String district;
    private final String courtDepartment;
    private final String agencyDepartment;
    private final String plaintiff;
    private final String defendant;
    private final String claim;
    private final String plaintiffUserId;
    private final String defendantUserId;
    private DisputeStatus status;
    private MediationMode mode;
    private String mediationOrganisation;
    private UUID mediationOrganisationId;
    private Instant entrustedAt;

    /**
     * {@code plaintiffUserId}/{@code defendantUserId} are the parties' user ids (their token {@code sub}) where the court
     * knows them, so mediation-service can let them see their mediation; {@code mediationOrganisationId} is the
     * organisation's id in mediation-service's registry where the court knows it. All three may be null.
     */
    public CourtDispute(UUID id, UUID caseId, String district, String courtDepartment, String agencyDepartment,
            String plaintiff, String defendant, String claim, String plaintiffUserId, String defendantUserId,
            DisputeStatus status, MediationMode mode, String mediationOrganisation, UUID mediationOrganisationId,
            Instant entrustedAt) {
        this.id = Objects.requireNonNull(id);
        this.caseId = Objects.requireNonNull(caseId);
        this.district = Objects.requireNonNull(district);
        this.courtDepartment = Objects.requireNonNull(courtDepartment);
        this.agencyDepartment = Objects.requireNonNull(agencyDepartment);
        this.plaintiff = plaintiff;
        this.defendant = defendant;
        this.claim = claim;
        this.plaintiffUserId = plaintiffUserId;
        this.defendantUserId = defendantUserId;
        this.status = Objects.requireNonNull(status);
        this.mode = mode;
        this.mediationOrganisation = mediationOrganisation;
        this.mediationOrganisationId = mediationOrganisationId;
        this.entrustedAt = entrustedAt;
    }

    public record Registered(CourtDispute dispute, List<Fact> facts) {
    }

    /** A court records a dispute addressed to it. */
    public static Registered register(UUID id, UUID caseId, String caseDistrict, String caseDepartment, Actor actor,
            String plaintiff, String defendant, String claim, String plaintiffUserId, String defendantUserId) {
        if (!actor.role().equals("court")) {
            throw StepRefused.forbidden("only a court records a dispute addressed to it");
        }
        CourtDispute d = new CourtDispute(id, caseId, caseDistrict, actor.department(), caseDepartment, plaintiff,
                defendant, claim, plaintiffUserId, defendantUserId, DisputeStatus.REGISTERED, null, null, null, null);
        return new Registered(d, List.of(new Fact("court-dispute-registered", "法院收到民事知识产权纠纷",
                "a civil IP dispute reached the court", details("disputeId", id.toString(), "plaintiff", plaintiff,
                        "defendant", defendant, "claim", claim))));
    }

    /** 委派/委托调解 — the court entrusts the dispute to a mediation organisation; mediation-service takes it up. */
    public List<Fact> entrustMediation(Actor actor, MediationMode how, String organisation, UUID organisationId,
            String note, Instant now) {
        if (!actor.role().equals("court") || !actor.department().equals(courtDepartment)) {
            throw StepRefused.forbidden("only the court the dispute is addressed to, " + courtDepartment
                    + ", entrusts it to mediation");
        }
        if (status != DisputeStatus.REGISTERED) {
            throw StepRefused.conflict("the dispute was already entrusted to mediation");
        }
        mode = how;
        mediationOrganisation = organisation;
        mediationOrganisationId = organisationId;
        entrustedAt = now;
        status = DisputeStatus.MEDIATION_ENTRUSTED;
        return List.of(new Fact("mediation-entrusted", how == MediationMode.PRE_FILING ? "法院委派调解" : "法院委托调解",
                "the court entrusted the dispute to mediation", details("disputeId", id.toString(), "mode", how.name(),
                        "ruleId", how.ruleId(), "mediationOrganisation", organisation,
                        "mediationOrganisationId", organisationId == null ? null : organisationId.toString(),
                        "note", note, "plaintiff", plaintiff, "plaintiffUserId", plaintiffUserId,
                        "defendant", defendant, "defendantUserId", defendantUserId, "claim", claim)));
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String district() {
        return district;
    }

    public String courtDepartment() {
        return courtDepartment;
    }

    public String agencyDepartment() {
        return agencyDepartment;
    }

    public String plaintiff() {
        return plaintiff;
    }

    public String defendant() {
        return defendant;
    }

    public String claim() {
        return claim;
    }

    public String plaintiffUserId() {
        return plaintiffUserId;
    }

    public String defendantUserId() {
        return defendantUserId;
    }

    public UUID mediationOrganisationId() {
        return mediationOrganisationId;
    }

    public DisputeStatus status() {
        return status;
    }

    public MediationMode mode() {
        return mode;
    }

    public String mediationOrganisation() {
        return mediationOrganisation;
    }

    public Instant entrustedAt() {
        return entrustedAt;
    }
}
