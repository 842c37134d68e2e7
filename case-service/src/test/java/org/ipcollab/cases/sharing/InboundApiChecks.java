package org.ipcollab.cases.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.ipcollab.cases.sharing.SharingFixtures.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.ipcollab.cases.sharing.domain.InboundSignature;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The inbound API as one deployment sees it; subclasses name the deployment (profile) and its partner. */
abstract class InboundApiChecks {
    @Inject
    EntityManager em;

    /** This deployment's district. */
    abstract String local();

    /** The partner deployment's id as configured here, its secret and its district. */
    abstract String partnerId();

    abstract String partnerSecret();

    abstract String partnerDistrict();

    /** The secret of the other configuration: valid somewhere, but not here. */
    abstract String otherSecret();

    static ValidatableResponse post(String path, String partner, String timestamp, String signature, byte[] body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (partner != null) {
            request = request.header("X-IPCollab-Partner", partner);
        }
        if (timestamp != null) {
            request = request.header("X-IPCollab-Timestamp", timestamp);
        }
        if (signature != null) {
            request = request.header("X-IPCollab-Signature", signature);
        }
        return request.post(path).then();
    }

    String clue(String from, String to) {
        return """
                {"fromDistrict":"%s","fromDepartment":"%s-amr","sentBy":"officer-on-partner","reference":"%s",
                 "clue":{"toDistrict":"%s","ipKind":"TRADEMARK","title":"跨部署移送的线索",
                  "summary":"巡查发现当事人销售假冒注册商标的白酒","infringer":{"kind":"ORGANISATION",
                  "name":"重庆某某商贸有限公司","creditCode":"91500155MA60E6XU89"}}}"""
                .formatted(from, from, UUID.randomUUID(), to);
    }

    static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    long stored() {
        return count(em, "select count(*) from clue_transfer") + count(em, "select count(*) from inbound_signature")
                + count(em, "select count(*) from assistance_request")
                + count(em, "select count(*) from outbox_event");
    }

    void activeAgreement() {
        if (count(em, "select count(*) from sharing_agreement where status = 'ACTIVE'") == 0) {
            SharingFixtures.active(local(), partnerDistrict());
        }
    }

    @Test
    @DisplayName("a request signed with the partner's secret is accepted (201) and waits for this district;"
            + " the same request again is a replay (401)")
    void goodSignatureAccepted() {
        activeAgreement();
        byte[] body = clue(partnerDistrict(), local()).getBytes(StandardCharsets.UTF_8);
        String ts = now();
        String sig = InboundSignature.sign(partnerSecret().getBytes(StandardCharsets.UTF_8), ts, body);
        String id = post("/inbound/clue-transfers", partnerId(), ts, sig, body).statusCode(201)
                .header("Location", containsString("/clue-transfers/")).body("status", equalTo("SENT"))
                .extract().path("id");
        given().auth().oauth2(SharingFixtures.regulator(local())).get("/clue-transfers/" + id).then()
                .statusCode(200).body("channel", equalTo("INBOUND")).body("fromDistrict", equalTo(partnerDistrict()))
                .body("toDistrict", equalTo(local()));
        long before = stored();
        post("/inbound/clue-transfers", partnerId(), ts, sig, body).statusCode(401);
        assertEquals(before, stored());

        String assistance = """
                {"fromDistrict":"%s","fromDepartment":"%s-amr","sentBy":"officer-on-partner","reference":"%s",
                 "request":{"toDistrict":"%s","kind":"SERVE_DOCUMENTS","subject":"送达行政处罚告知书",
                  "details":"请协助向当事人送达"}}""".formatted(partnerDistrict(), partnerDistrict(), UUID.randomUUID(),
                local());
        byte[] a = assistance.getBytes(StandardCharsets.UTF_8);
        String ts2 = now();
        post("/inbound/assistance-requests", partnerId(), ts2,
                InboundSignature.sign(partnerSecret().getBytes(StandardCharsets.UTF_8), ts2, a), a).statusCode(201);
    }

    @Test
    @DisplayName("a bad signature, the other deployment's secret, a stale timestamp, an unknown partner or no headers:"
            + " 401 problem; a district the partner does not serve or no agreement: 403; nothing is stored")
    void refusals() {
        activeAgreement();
        byte[] secret = partnerSecret().getBytes(StandardCharsets.UTF_8);
        byte[] body = clue(partnerDistrict(), local()).getBytes(StandardCharsets.UTF_8);
        long before = stored();
        String ts = now();
        post("/inbound/clue-transfers", partnerId(), ts, "0".repeat(64), body).statusCode(401)
                .contentType("application/problem+json");
        post("/inbound/clue-transfers", partnerId(), ts,
                InboundSignature.sign(otherSecret().getBytes(StandardCharsets.UTF_8), ts, body), body).statusCode(401);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("白酒", "黄酒").getBytes(StandardCharsets.UTF_8);
        post("/inbound/clue-transfers", partnerId(), ts, InboundSignature.sign(secret, ts, body), tampered)
                .statusCode(401);
        String stale = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
        post("/inbound/clue-transfers", partnerId(), stale, InboundSignature.sign(secret, stale, body), body)
                .statusCode(401).contentType("application/problem+json");
        post("/inbound/clue-transfers", "nobody", ts, InboundSignature.sign(secret, ts, body), body).statusCode(401);
        post("/inbound/clue-transfers", null, null, null, body).statusCode(401);

        byte[] notServed = clue("500153", local()).getBytes(StandardCharsets.UTF_8);
        post("/inbound/clue-transfers", partnerId(), ts, InboundSignature.sign(secret, ts, notServed), notServed)
                .statusCode(403).contentType("application/problem+json");
        byte[] noAgreement = clue(partnerDistrict(), "510504").getBytes(StandardCharsets.UTF_8);
        post("/inbound/clue-transfers", partnerId(), ts, InboundSignature.sign(secret, ts, noAgreement), noAgreement)
                .statusCode(403);
        assertEquals(before, stored());
    }

}
