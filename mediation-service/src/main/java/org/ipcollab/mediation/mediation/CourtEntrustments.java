package org.ipcollab.mediation.mediation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.mediation.casefeed.CaseProjectionEntity;
import org.ipcollab.mediation.casefeed.CaseProjectionRepository;
import org.ipcollab.mediation.mediation.domain.Mediation;
import org.ipcollab.mediation.mediation.domain.MediationKind;
import org.ipcollab.mediation.mediation.domain.MediationRefused;
import org.ipcollab.mediation.mediation.domain.Values.Party;
import org.ipcollab.mediation.mediation.domain.Values.RequesterKind;
import org.ipcollab.mediation.mediation.domain.Values.Side;
import org.ipcollab.mediation.messaging.IncomingEvent;
import org.ipcollab.mediation.messaging.UnprocessableEventException;
import org.ipcollab.mediation.registry.Registry;
import org.ipcollab.mediation.registry.RegistryResource.OrganisationResponse;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 法院委派/委托调解 arriving from referral-service's court inbox ({@code org.ipcollab.referral.mediation-entrusted.v1}):
 * opens the court-invited mediation request the court would otherwise create by {@code POST /mediations} — requester
 * COURT, the court's department, the event's district and case, the kind from the mode, the title from the claim, the
 * IP kind from the case projection, the parties from the plaintiff (APPLICANT) and defendant (RESPONDENT) — and
 * publishes {@code mediation.requested.v1} for it. Runs inside the consumer's transaction, after the inbox dropped a
 * redelivered event id.
 *
 * <p>One dispute opens at most one mediation: {@code court_entrustment.dispute_id} is the primary key, so an
 * entrustment re-sent under a new event id is recognised and ignored. An event that cannot become a mediation is
 * dead-lettered with the reason ({@link UnprocessableEventException}): parties without user ids (a mediation's parties
 * are accounts that sign in and sign the agreement, so they cannot be left pending), a case mediation-service has not
 * seen filed (no IP kind to record), or a refusal of the domain. The court then creates the request by
 * {@code POST /mediations}. A named {@code mediationOrganisationId} that the district's registry knows becomes the
 * mediation's organisation (its mediators see the request; the court appoints one of them, or of another
 * organisation); an unknown one is kept only in {@code court_entrustment} beside the organisation's name.
 */
@ApplicationScoped
public class CourtEntrustments {
    private static final Logger LOG = Logger.getLogger(CourtEntrustments.class);
    public static final String MEDIATION_ENTRUSTED = "org.ipcollab.referral.mediation-entrusted.v1";
    static final int TITLE_MAX = 200;

    @Inject
    EntityManager em;

    @Inject
    ChangeMediation changes;

    @Inject
    CaseProjectionRepository cases;

    @Inject
    Registry registry;

    @Transactional(TxType.MANDATORY)
    public void entrusted(IncomingEvent event) {
        JsonNode details = event.data().get("details");
        if (details == null || !details.isObject()) {
            throw unprocessable(event, "has no details object");
        }
        UUID disputeId = uuid(event, details, "disputeId", true);
        Optional<UUID> opened = mediationOf(disputeId);
        if (opened.isPresent()) {
            LOG.infof("dispute %s was already entrusted as mediation %s; event %s changes nothing", disputeId,
                    opened.get(), event.id());
            return;
        }
        UUID caseId = uuid(event, event.data(), "caseId", true);
        String district = event.text("district");
        MediationKind kind = kind(event, text(event, details, "mode", true));
        String court = text(event, event.data().path("departments"), "courtDepartmentId", false);
        if (court == null) {
            court = text(event, event.data().path("actor"), "departmentId", true);
        }
        String courtUser = text(event, event.data().path("actor"), "subject", true);
        String plaintiff = text(event, details, "plaintiff", true);
        String defendant = text(event, details, "defendant", true);
        String claim = text(event, details, "claim", true);
        String plaintiffUser = text(event, details, "plaintiffUserId", false);
        String defendantUser = text(event, details, "defendantUserId", false);
        if (plaintiffUser == null || defendantUser == null) {
            throw unprocessable(event, "names no user id for the " + (plaintiffUser == null ? "plaintiff" : "defendant")
                    + " (details.plaintiffUserId/defendantUserId): a mediation's parties are accounts that sign in and"
                    + " sign the agreement, so mediation-service opens no mediation for dispute " + disputeId
                    + "; the court registers the dispute with the parties' user ids, or requests it by POST /mediations");
        }
        CaseProjectionEntity c = cases.findById(caseId);
        if (c == null || !district.equals(c.district)) {
            throw unprocessable(event, "is about case " + caseId + ", which mediation-service has not seen filed in"
                    + " district " + district + " (no case.filed.v2), so the mediation's IP kind is unknown");
        }
        String organisationName = text(event, details, "mediationOrganisation", true);
        UUID named = uuid(event, details, "mediationOrganisationId", false);
        UUID organisationId = named == null ? null : registry.organisation(named)
                .filter(o -> o.district().equals(district)).map(OrganisationResponse::id).orElse(null);
        if (named != null && organisationId == null) {
            LOG.warnf("dispute %s names organisation %s, which the registry of %s does not hold; the court appoints",
                    disputeId, named, district);
        }
        Instant now = ChangeMediation.now();
        Mediation.Result result;
        try {
            result = Mediation.request(UUID.randomUUID(), caseId, district, kind, RequesterKind.COURT, court, courtUser,
                    title(claim), c.ipKind, List.of(new Party(Side.APPLICANT, plaintiff, plaintiffUser),
                            new Party(Side.RESPONDENT, defendant, defendantUser)), organisationId, now, changes.law());
        } catch (MediationRefused e) {
            throw unprocessable(event, "cannot become a mediation: " + e.getMessage());
        }
        MediationResponse created = changes.create(result);
        em.createNativeQuery("insert into court_entrustment (dispute_id, mediation_id, event_id, court_department,"
                + " mediation_organisation, mediation_organisation_id, received_at) values (:dispute, :mediation,"
                + " :event, :court, :name, cast(:org as uuid), :at)")
                .setParameter("dispute", disputeId).setParameter("mediation", created.id())
                .setParameter("event", event.id()).setParameter("court", court).setParameter("name", organisationName)
                .setParameter("org", named == null ? null : named.toString()).setParameter("at", now).executeUpdate();
        LOG.infof("dispute %s entrusted by %s opened mediation %s (event %s)", disputeId, court, created.id(), event.id());
    }

    /** The mediation a dispute's entrustment opened, if any. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> mediationOf(UUID disputeId) {
        List<Object> rows = em.createNativeQuery("select cast(mediation_id as text) from court_entrustment"
                + " where dispute_id = :dispute").setParameter("dispute", disputeId).getResultList();
        return rows.stream().findFirst().map(r -> UUID.fromString((String) r));
    }

    /** The claim as the mediation's title, shortened to the title's 200 characters. */
    static String title(String claim) {
        String t = claim.strip();
        if (t.codePointCount(0, t.length()) <= TITLE_MAX) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, TITLE_MAX - 1)) + "…";
    }

    private static MediationKind kind(IncomingEvent event, String mode) {
        return switch (mode) {
            case "PRE_FILING" -> MediationKind.PRE_FILING;
            case "ENTRUSTED_ORDINARY" -> MediationKind.ENTRUSTED_ORDINARY;
            case "ENTRUSTED_SIMPLIFIED" -> MediationKind.ENTRUSTED_SIMPLIFIED;
            default -> throw unprocessable(event, "has an unknown mode " + mode);
        };
    }

    private static String text(IncomingEvent event, JsonNode node, String field, boolean required) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            if (required) {
                throw unprocessable(event, "lacks text field '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw unprocessable(event, "field '" + field + "' is not text");
        }
        return v.asText().strip();
    }

    private static UUID uuid(IncomingEvent event, JsonNode node, String field, boolean required) {
        String v = text(event, node, field, required);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw unprocessable(event, "field '" + field + "' is not a UUID");
        }
    }

    private static UnprocessableEventException unprocessable(IncomingEvent event, String why) {
        return new UnprocessableEventException("court entrustment " + event.id() + " (" + event.type() + ") " + why);
    }
}
