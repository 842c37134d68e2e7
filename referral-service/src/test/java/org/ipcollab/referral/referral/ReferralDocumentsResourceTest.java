package org.ipcollab.referral.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.ipcollab.referral.referral.ReferralFixtures.PDF;
import static org.ipcollab.referral.referral.ReferralFixtures.head;
import static org.ipcollab.referral.referral.ReferralFixtures.officer;
import static org.ipcollab.referral.referral.ReferralFixtures.police;
import static org.ipcollab.referral.referral.ReferralFixtures.post;
import static org.ipcollab.referral.referral.ReferralFixtures.procuratorate;
import static org.ipcollab.referral.referral.ReferralFixtures.upload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Inject;

import org.ipcollab.referral.ReferralServiceTestProfile;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ReferralServiceTestProfile.class)
class ReferralDocumentsResourceTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    ReferralFixtures fx;

    @Test
    @DisplayName("a referral cannot be sent while an art 6 document is missing; the checklist says which; once complete it goes")
    void missingDocumentBlocksSending() {
        UUID caseId = fx.aCase();
        String id = fx.submit(caseId);
        post(head(), id, "approve", null).statusCode(200);
        for (String kind : new String[] {"REFERRAL_LETTER", "INVESTIGATION_REPORT", "APPRAISAL_REPORT"}) {
            upload(officer(), id, kind, kind + ".pdf", PDF, "application/pdf").statusCode(201);
        }
        given().auth().oauth2(officer()).get("/referrals/" + id).then()
                .body("missingDocuments", equalTo(java.util.List.of("GOODS_LIST")))
                .body("checklist.find { it.kind == 'GOODS_LIST' }.present", equalTo(false))
                .body("checklist.find { it.kind == 'REFERRAL_LETTER' }.present", equalTo(true));
        String before = fx.state(id, caseId);
        post(officer(), id, "send", "{\"policeDepartmentId\":\"500155-psb\"}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("GOODS_LIST"));
        assertEquals(before, fx.state(id, caseId));
        upload(officer(), id, "GOODS_LIST", "清单.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00},
                "image/jpeg").statusCode(201).body("sha256", equalTo(ReferralDocuments.sha256(
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})));
        post(officer(), id, "send", "{\"policeDepartmentId\":\"500155-psb\"}").statusCode(200)
                .body("status", equalTo("SENT")).body("documentsComplete", equalTo(true));
        // after sending, the file set is closed
        upload(officer(), id, "OTHER", "more.pdf", PDF, "application/pdf").statusCode(409);
    }

    @Test
    @DisplayName("a file over 20 MiB is refused 413, a forbidden type or content that is not what it claims 415, no kind 422 — problem+json, nothing stored")
    void limits() {
        UUID caseId = fx.aCase();
        String id = fx.submit(caseId);
        String before = fx.state(id, caseId);
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        upload(officer(), id, "REFERRAL_LETTER", "big.pdf", big, "application/pdf").statusCode(413)
                .contentType("application/problem+json").body("status", equalTo(413));
        upload(officer(), id, "REFERRAL_LETTER", "letter.docx", PDF,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document").statusCode(415)
                .contentType("application/problem+json");
        upload(officer(), id, "REFERRAL_LETTER", "letter.txt", "hello".getBytes(), "text/plain").statusCode(415)
                .contentType("application/problem+json");
        upload(officer(), id, "REFERRAL_LETTER", "fake.pdf", PNG, "application/pdf").statusCode(415)
                .contentType("application/problem+json");
        upload(officer(), id, "WHATEVER", "letter.pdf", PDF, "application/pdf").statusCode(422)
                .contentType("application/problem+json");
        upload(police(), id, "REFERRAL_LETTER", "letter.pdf", PDF, "application/pdf").statusCode(403)
                .contentType("application/problem+json");
        upload(Tokens.token("regulator", "500155-culture", "500155"), id, "REFERRAL_LETTER", "letter.pdf", PDF,
                "application/pdf").statusCode(403);
        assertEquals(before, fx.state(id, caseId));
        // exactly the limit is accepted
        byte[] limit = Arrays.copyOf(PNG, 20 * 1024 * 1024);
        upload(officer(), id, "APPRAISAL_REPORT", "appraisal.png", limit, "image/png").statusCode(201)
                .body("sizeBytes", equalTo(limit.length));
    }

    @Test
    @DisplayName("download: the agency, the receiving police and the procuratorate read the bytes and SHA-256; the court and others do not")
    void download() {
        UUID caseId = fx.aCase();
        String id = fx.submit(caseId);
        String docId = upload(officer(), id, "REFERRAL_LETTER", "移送书.pdf", PDF, "application/pdf").statusCode(201)
                .extract().path("id");
        String path = "/referrals/" + id + "/documents/" + docId;
        byte[] got = given().auth().oauth2(officer()).get(path).then().statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-SHA256", ReferralDocuments.sha256(PDF))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        assertArrayEquals(PDF, got);
        given().auth().oauth2(procuratorate()).get(path).then().statusCode(200);
        // police are no party before the referral reaches them
        given().auth().oauth2(police()).get(path).then().statusCode(403).contentType("application/problem+json");
        ReferralFixtures.uploadRequired(id);
        post(head(), id, "approve", null).statusCode(200);
        post(officer(), id, "send", "{\"policeDepartmentId\":\"500155-psb\"}").statusCode(200);
        given().auth().oauth2(police()).get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.token("police", "500155-psb-traffic", "500155")).get(path).then().statusCode(403);
        given().auth().oauth2(ReferralFixtures.court()).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.token("regulator", "500155-amr", "511703")).get(path).then().statusCode(404);
        given().auth().oauth2(officer()).get("/referrals/" + id + "/documents/" + UUID.randomUUID()).then()
                .statusCode(404);
    }
}
