package org.ipcollab.cases.sharing;

import static io.restassured.RestAssured.given;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.ipcollab.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/** Agreements, tokens and stored rows for the cross-district sharing tests. */
final class SharingFixtures {
    static final String LIANGPING = "500155";
    static final String DACHUAN = "511703";
    static final String DAZHU = "511724";
    static final String KAIJIANG = "511723";
    static final String LINSHUI = "511623";
    static final String RONGCHANG = "500153";
    static final String LONGCHANG = "511083";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SharingFixtures() {
    }

    static String liaison(String district) {
        return Tokens.tokenFor("liaison-" + district, "district-liaison", district + "-gov", district);
    }

    static String regulator(String district) {
        return Tokens.tokenFor("officer-" + district, "regulator", district + "-amr", district);
    }

    static String admin(String district) {
        return Tokens.token("admin", district + "-gov", district);
    }

    static String proposal(String partner, String events, String fields) {
        return """
                {"partnerDistrict":"%s","ipKinds":["TRADEMARK","GEOGRAPHICAL_INDICATION"],"sharedFields":%s,
                 "sharedEvents":%s,"responseAmount":10,"responseUnit":"WORKING_DAYS",
                 "validFrom":"2026-01-01","validUntil":"2099-12-31"}""".formatted(partner, fields, events);
    }

    static final String ALL_EVENTS = "[\"CASE_QUERY\",\"CLUE_TRANSFER\",\"ASSISTANCE\"]";
    static final String SOME_FIELDS = "[\"CASE_NUMBER\",\"STATUS\",\"INFRINGER\",\"GOODS\",\"DECISION\"]";

    /** Proposed by {@code proposer}'s liaison; approved by neither. */
    static String proposed(String proposer, String partner) {
        return given().auth().oauth2(liaison(proposer)).contentType(ContentType.JSON)
                .body(proposal(partner, ALL_EVENTS, SOME_FIELDS)).post("/sharing-agreements").then().statusCode(201)
                .extract().path("id");
    }

    static void approve(String id, String district) {
        given().auth().oauth2(liaison(district)).post("/sharing-agreements/" + id + "/approval").then()
                .statusCode(200);
    }

    /** In force: proposed and approved by both liaisons. */
    static String active(String proposer, String partner) {
        String id = proposed(proposer, partner);
        approve(id, proposer);
        approve(id, partner);
        return id;
    }

    static long count(EntityManager em, String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter("p" + i, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    static void sql(EntityManager em, String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter("p" + i, params[i]);
            }
            q.executeUpdate();
        });
    }

    /** Payloads of the outbox rows with this aggregate id and type, oldest first. */
    static List<JsonNode> payloads(EntityManager em, String aggregateId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> rows = em.createNativeQuery("select cast(payload as text) from outbox_event"
                    + " where aggregate_id = :id and type = :type order by seq").setParameter("id", aggregateId)
                    .setParameter("type", type).getResultList();
            return rows.stream().map(SharingFixtures::tree).toList();
        });
    }

    static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
