package org.ipcollab.cases.sharing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ipcollab.cases.sharing.domain.InboundSignature;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;

/**
 * 跨部署入站接口 — a partner running its own IPCollab deployment sends clue transfers and assistance requests here.
 * No bearer token: the call is authenticated by {@code X-IPCollab-Signature} = hex HMAC-SHA256 over
 * {@code X-IPCollab-Timestamp} + "\n" + the raw body, under the secret configured for {@code X-IPCollab-Partner}
 * ({@link SharingConfig}). Unknown partner, stale timestamp, bad or replayed signature: 401. A {@code fromDistrict}
 * the partner does not serve, or no agreement in force: 403. Each refusal changes nothing.
 */
@Path("/inbound")
@Tag(name = "Cross-district sharing 跨区域协作")
public class InboundResource {
    public static final String PARTNER = "X-IPCollab-Partner";
    public static final String TIMESTAMP = "X-IPCollab-Timestamp";
    public static final String SIGNATURE = "X-IPCollab-Signature";

    @Inject
    SharingConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    ClueTransfers transfers;

    @Inject
    Assistance assistance;

    public record Accepted(java.util.UUID id, String status, Instant dueAt) {
    }

    @POST
    @Path("clue-transfers")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "入站线索移送 — a signed clue transfer from a partner deployment")
    @Transactional
    public RestResponse<Accepted> clueTransfer(@HeaderParam(PARTNER) String partner,
            @HeaderParam(TIMESTAMP) String timestamp, @HeaderParam(SIGNATURE) String signature, byte[] body) {
        return accept(partner, timestamp, signature, body, ClueTransferRequests.Inbound.class, (p, r) -> {
            ClueTransferEntity e = transfers.receive(p, r);
            return new Accepted(e.id, e.status.name(), e.dueAt);
        }, ClueTransferRequests.Inbound::fromDistrict, "/clue-transfers/");
    }

    @POST
    @Path("assistance-requests")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "入站协查请求 — a signed assistance request from a partner deployment")
    @Transactional
    public RestResponse<Accepted> assistanceRequest(@HeaderParam(PARTNER) String partner,
            @HeaderParam(TIMESTAMP) String timestamp, @HeaderParam(SIGNATURE) String signature, byte[] body) {
        return accept(partner, timestamp, signature, body, AssistanceRequests.Inbound.class, (p, r) -> {
            AssistanceRequestEntity e = assistance.receive(p, r);
            return new Accepted(e.id, e.status.name(), e.dueAt);
        }, AssistanceRequests.Inbound::fromDistrict, "/assistance-requests/");
    }

    private <T> RestResponse<Accepted> accept(String partnerId, String timestamp, String signature, byte[] body,
            Class<T> type, BiFunction<String, T, Accepted> command, java.util.function.Function<T, String> from, String location) {
        SharingConfig.Partner partner = partnerId == null ? null : config.partners().get(partnerId);
        if (partner == null || partner.secret().length() < 32) {
            throw new AuthenticationFailedException("unknown partner deployment");
        }
        byte[] secret = partner.secret().getBytes(StandardCharsets.UTF_8);
        if (!InboundSignature.fresh(timestamp, Instant.now(), config.replayWindow())) {
            throw new AuthenticationFailedException("timestamp outside the replay window");
        }
        if (!InboundSignature.matches(secret, timestamp, body == null ? new byte[0] : body, signature)) {
            throw new AuthenticationFailedException("bad signature");
        }
        T request;
        try {
            request = json.readValue(body, type);
        } catch (java.io.IOException e) {
            throw new jakarta.ws.rs.BadRequestException("the body is not a valid " + type.getSimpleName());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!partner.districts().contains(from.apply(request))) {
            throw new ForbiddenException("partner " + partnerId + " does not serve district " + from.apply(request));
        }
        int fresh = em.createNativeQuery("insert into inbound_signature (partner_id, signature, received_at)"
                + " values (:p, :s, now()) on conflict do nothing").setParameter("p", partnerId)
                .setParameter("s", signature.strip().toLowerCase()).executeUpdate();
        if (fresh == 0) {
            throw new AuthenticationFailedException("replayed request");
        }
        Accepted accepted = command.apply(partnerId, request);
        return RestResponse.ResponseBuilder.<Accepted>created(URI.create(location + accepted.id()))
                .entity(accepted).build();
    }
}
