package org.ipcollab.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The journeys of issue 8 item 1, each across the four services running as separate processes with the real broker and
 * PostgreSQL: (a) a case over the criminal threshold referred through police, procuratorate and court to a judgment,
 * then closed; (b) the police miss the 3-day decision, the procuratorate is told once and supervises; (c) a court
 * entrusts a dispute to mediation, which ends in a judicially confirmed agreement; (d) a neighbouring district queries
 * 梁平's cases under an agreement and sends a clue that becomes a 梁平 case.
 */
@ExtendWith(Suite.class)
class JourneysIT {
    static final String D = Suite.DISTRICT;
    static final String AMR = D + "-amr";
    static final String PSB = D + "-psb";
    /** The district procuratorate: named on the referrals and the department notification-service copies them to. */
    static final String PROC = D + "-proc";
    static final String COURT = D + "-court";
    static final String DAZHU = "511724";
    static final Duration BOUND = Duration.ofSeconds(60);
    static final Duration POLL = Duration.ofMillis(250);
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String REFERRAL_EVENT = "org.ipcollab.referral.";

    private static Suite suite;
    private static Api api;

    @BeforeAll
    static void up() {
        suite = Suite.get();
        api = new Api(suite);
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    static String officer() {
        return suite.tokenFor("amr-officer-01", "regulator", AMR, D);
    }

    /** The agency head: a regulator of the department who is not one of the reporting officers. */
    static String head() {
        return suite.tokenFor("amr-head-01", "regulator", AMR, D);
    }

    static String liaison(String district) {
        return suite.tokenFor("liaison-" + district, "district-liaison", district + "-gov", district);
    }

    static String regulatorOf(String district) {
        return suite.tokenFor("officer-" + district, "regulator", district + "-amr", district);
    }

    // ---- calls -------------------------------------------------------------------------------------------------

    static Response call(String service, String token, String method, String path, String json) {
        RequestSpecification req = api.as(service, token);
        if (json != null) {
            req = req.contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8));
        } else if (Suite.MEDIATION.equals(service)) {
            // mediation-service's bodiless steps (acceptance, file receipt) still @Consumes JSON: 415 without it
            req = req.contentType("application/json");
        }
        return req.request(method, path);
    }

    /** POST (or PUT) with the expected status; answers the body. */
    static JsonNode expect(int status, String service, String token, String method, String path, String json) {
        Response r = call(service, token, method, path, json);
        assertEquals(status, r.statusCode(), () -> method + " " + service + " " + path + ": " + r.asString());
        if (status >= 400) {
            assertTrue(String.valueOf(r.contentType()).startsWith("application/problem+json"),
                    () -> "problem+json for " + path + ": " + r.contentType());
        }
        return r.asByteArray().length == 0 ? null : Api.read(r);
    }

    static JsonNode ok(String service, String token, String path, String json) {
        return expect(200, service, token, "POST", path, json);
    }

    static JsonNode get(String service, String token, String path) {
        return expect(200, service, token, "GET", path, null);
    }

    static JsonNode referralStep(String token, String id, String step, String json, String status) {
        JsonNode r = ok(Suite.REFERRAL, token, "/referrals/" + id + "/" + step, json);
        assertEquals(status, r.path("status").asText(), () -> step + ": " + r);
        return r;
    }

    static JsonNode mediationStep(String token, String id, String path, String json) {
        return ok(Suite.MEDIATION, token, "/mediations/" + id + path, json);
    }

    static JsonNode caseView(String caseId) {
        return get(Suite.CASE, api.regulator(), "/cases/" + caseId);
    }

    /** The event types of the items about {@code caseId} in a department's inbox. */
    static List<String> inboxTypes(String department, String token, String caseId) {
        return Api.itemsFor(api.inbox(department, token), caseId).stream().map(i -> i.path("eventType").asText())
                .toList();
    }

    static String clock(JsonNode referral, String kind, String field) {
        return StreamSupport.stream(referral.path("clocks").spliterator(), false)
                .filter(c -> kind.equals(c.path("kind").asText())).findFirst()
                .map(c -> c.path(field).asText(null)).orElse(null);
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The district's regulator files a case (JSON body); 201; the id. */
    static String file(String json) {
        return expect(201, Suite.CASE, api.regulator(), "POST", "/cases", json).path("id").asText();
    }

    /** 1,000 bottles sold at ¥79.90 = ¥79,900 illegal business volume: meets the art 214 threshold (¥50,000). */
    static String overThresholdCase(String title) {
        return """
                {"ipKind":"TRADEMARK","title":"%s","district":"500155","clueSource":"COMPLAINT_12315",
                 "act":"SELLING_GOODS_WITH_COUNTERFEIT_MARK",
                 "infringer":{"kind":"ORGANISATION","name":"重庆某某商贸有限公司","creditCode":"%s"},
                 "goods":[{"name":"假冒某品牌白酒 500ml","unit":"瓶","quantitySold":1000,"actualSalePrice":"79.90"}],
                 "officers":["amr-officer-01","amr-officer-02"]}""".formatted(title, Api.CREDIT_CODE);
    }

    /** Waits until referral-service (and mediation-service, if asked) know the case from its case.filed.v2. */
    static void awaitProjections(String caseId, boolean mediationToo) {
        await("projections of " + caseId).atMost(BOUND).pollInterval(POLL).untilAsserted(() -> {
            assertTrue(api.projection(Suite.REFERRAL, caseId, api.police()).isPresent(), Suite.REFERRAL);
            if (mediationToo) {
                assertTrue(api.projection(Suite.MEDIATION, caseId, api.police()).isPresent(), Suite.MEDIATION);
            }
        });
    }

    /** 移送: submitted by an officer, the four art 6 documents uploaded (multipart), approved by the head. */
    static String submittedAndApproved(String caseId) {
        String id = expect(201, Suite.REFERRAL, officer(), "POST", "/referrals", """
                {"caseId":"%s","reason":"销售假冒注册商标的白酒1,000瓶，销售金额79,900元，达到刑法第214条追诉标准",
                 "suspectedArticle":214,"officers":["amr-officer-01","amr-officer-02"],
                 "procuratorateDepartmentId":"%s"}""".formatted(caseId, PROC)).path("id").asText();
        JsonNode submitted = get(Suite.REFERRAL, officer(), "/referrals/" + id);
        assertEquals("AWAITING_APPROVAL", submitted.path("status").asText());
        assertEquals(false, submitted.path("documentsComplete").asBoolean(true), "no documents yet");
        // without the documents the referral cannot be sent
        for (String kind : List.of("REFERRAL_LETTER", "INVESTIGATION_REPORT", "GOODS_LIST", "APPRAISAL_REPORT")) {
            Response r = api.as(Suite.REFERRAL, officer()).multiPart("kind", kind)
                    .multiPart("file", kind.toLowerCase() + ".pdf", PDF, "application/pdf")
                    .post("/referrals/{id}/documents", id);
            assertEquals(201, r.statusCode(), () -> "upload " + kind + ": " + r.asString());
        }
        JsonNode withDocs = get(Suite.REFERRAL, officer(), "/referrals/" + id);
        assertAll("art 6 documents",
                () -> assertEquals(true, withDocs.path("documentsComplete").asBoolean(false), withDocs::toString),
                () -> assertEquals(0, withDocs.path("missingDocuments").size(), withDocs::toString));
        referralStep(head(), id, "approve", null, "APPROVED");
        return id;
    }

    // ---- (a) ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("(a) a case over the threshold: referral-required → referred → police open → prosecution → judgment;"
            + " the case view shows JUDGED and the case closes; police and procuratorate inboxes show their steps")
    void a_thresholdCaseReferredToJudgment() {
        String caseId = file(overThresholdCase(unique("e2e 批量销售假冒注册商标的白酒")));
        JsonNode filed = caseView(caseId);
        assertAll("the case is flagged for referral",
                () -> assertEquals(true, filed.at("/progress/referralRequired").asBoolean(false), filed::toString),
                () -> assertEquals("MET", filed.at("/progress/assessment/verdict").asText(), filed::toString),
                () -> assertEquals(214, filed.at("/progress/assessment/article").asInt(), filed::toString),
                () -> assertEquals("79900.00", filed.at("/illegalBusinessVolume/total").asText(), filed::toString));

        ok(Suite.CASE, api.regulator(), "/cases/" + caseId + "/opening",
                "{\"approvalReference\":\"梁市监立审〔2026〕118号\"}");
        ok(Suite.CASE, api.regulator(), "/cases/" + caseId + "/investigation-report",
                "{\"reportSummary\":\"查明当事人销售假冒注册商标的白酒1,000瓶\",\"complex\":false}");
        JsonNode decided = ok(Suite.CASE, api.regulator(), "/cases/" + caseId + "/decision", """
                {"outcome":"REFERRAL","documentNumber":"梁市监移审〔2026〕3号","reasons":"涉嫌销售假冒注册商标的商品罪"}""");
        assertEquals("REFERRED", decided.path("status").asText(), decided::toString);
        // no closing before the court has judged
        expect(409, Suite.CASE, api.regulator(), "POST", "/cases/" + caseId + "/closure",
                "{\"summary\":\"已移送公安机关\"}");

        awaitProjections(caseId, false);
        String id = submittedAndApproved(caseId);
        referralStep(officer(), id, "send", "{\"policeDepartmentId\":\"" + PSB + "\"}", "SENT");
        referralStep(api.police(), id, "receive", null, "RECEIVED");
        referralStep(api.police(), id, "open-criminal-case", "{\"criminalCaseNumber\":\"梁公(经)立字〔2026〕0415号\"}",
                "CRIMINAL_CASE_OPENED");
        referralStep(officer(), id, "hand-over", "{\"inventory\":\"假冒白酒1,000瓶及销售账册2本\"}", "HANDED_OVER");
        referralStep(api.police(), id, "send-for-prosecution", "{\"summary\":\"起诉意见书\"}", "SENT_FOR_PROSECUTION");
        referralStep(api.procuratorate(), id, "prosecute",
                "{\"courtDepartmentId\":\"" + COURT + "\",\"indictmentNumber\":\"梁检刑诉〔2026〕88号\"}", "PROSECUTED");
        referralStep(api.court(), id, "register-at-court", "{\"courtCaseNumber\":\"(2026)渝0155刑初123号\"}",
                "COURT_REGISTERED");
        referralStep(api.court(), id, "record-judgment", "{\"outcome\":\"CONVICTED\",\"judgmentNumber\":"
                + "\"(2026)渝0155刑初123号\",\"summary\":\"被告人犯销售假冒注册商标的商品罪，判处有期徒刑一年\"}", "JUDGED");

        await("case view shows the judgment").atMost(BOUND).pollInterval(POLL).untilAsserted(() -> assertEquals(
                "JUDGED", caseView(caseId).at("/partners/referral/status").asText(), "partners.referral.status"));
        JsonNode closed = ok(Suite.CASE, api.regulator(), "/cases/" + caseId + "/closure",
                "{\"summary\":\"法院已判决，案件办结\"}");
        assertEquals("CLOSED", closed.path("status").asText(), closed::toString);

        List<String> chain = List.of("submitted", "approved", "sent", "copied-to-procuratorate", "received",
                "criminal-case-opened", "handed-over", "sent-for-prosecution", "prosecuted", "court-registered", "judged")
                .stream().map(f -> REFERRAL_EVENT + f + ".v1").toList();
        await("every referral step in the procuratorate's inbox, the referral-required notice with the police")
                .atMost(BOUND).pollInterval(POLL).untilAsserted(() -> {
                    List<String> proc = inboxTypes(PROC, api.procuratorate(), caseId);
                    assertTrue(proc.containsAll(chain), () -> PROC + " has " + proc);
                    assertTrue(proc.contains("org.ipcollab.case.referral-required.v1"), () -> PROC + " has " + proc);
                    List<String> psb = inboxTypes(PSB, api.police(), caseId);
                    assertTrue(psb.contains("org.ipcollab.case.referral-required.v1"), () -> PSB + " has " + psb);
                    assertTrue(psb.contains(REFERRAL_EVENT + "sent.v1"), () -> PSB + " (the police it was sent to) has "
                            + psb);
                });
        List<String> proc = inboxTypes(PROC, api.procuratorate(), caseId);
        for (String type : chain) {
            assertEquals(1, proc.stream().filter(type::equals).count(), () -> "one item of " + type + " in " + PROC);
        }
    }

    // ---- (b) ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("(b) the police miss the 3-day decision: the overdue clock reaches the procuratorate once, and it"
            + " supervises (explanation requested, opening ordered)")
    void b_policeMissTheDecisionAndTheProcuratorateSupervises() throws Exception {
        String caseId = file(overThresholdCase(unique("e2e 公安机关逾期未决定立案")));
        awaitProjections(caseId, false);
        String id = submittedAndApproved(caseId);
        referralStep(officer(), id, "send", "{\"policeDepartmentId\":\"" + PSB + "\"}", "SENT");
        JsonNode received = referralStep(api.police(), id, "receive", null, "RECEIVED");
        assertEquals("RUNNING", clock(received, "POLICE_DECISION", "status"), received::toString);

        // the police signed on Friday 2025-09-26; 3 days ran out long ago
        try (Connection c = E2eDatabases.connect(Suite.REFERRAL); PreparedStatement st = c.prepareStatement(
                "update referral_clock set started_at = timestamptz '2025-09-26 10:00:00+08',"
                        + " due_at = timestamptz '2025-09-29 23:59:59.999999+08'"
                        + " where owner_id = cast(? as uuid) and kind = 'POLICE_DECISION'")) {
            st.setString(1, id);
            assertEquals(1, st.executeUpdate(), "the POLICE_DECISION clock row");
        }

        String overdue = REFERRAL_EVENT + "clock-overdue.v1";
        await("the overdue police decision in " + PROC).atMost(BOUND).pollInterval(POLL).untilAsserted(() -> assertTrue(
                inboxTypes(PROC, api.procuratorate(), caseId).contains(overdue)));
        // scans keep running every 2 s: the clock is still reported once
        await("still one overdue item").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).pollInterval(POLL)
                .untilAsserted(() -> assertEquals(1, inboxTypes(PROC, api.procuratorate(), caseId).stream()
                        .filter(overdue::equals).count()));
        JsonNode item = Api.itemsFor(api.inbox(PROC, api.procuratorate()), caseId).stream()
                .filter(i -> overdue.equals(i.path("eventType").asText())).findFirst().orElseThrow();
        JsonNode seen = get(Suite.REFERRAL, api.procuratorate(), "/referrals/" + id);
        assertAll("overdue as the procuratorate sees it",
                () -> assertEquals("OVERDUE", clock(seen, "POLICE_DECISION", "status"), seen::toString),
                () -> assertTrue(clock(seen, "POLICE_DECISION", "overdueNotifiedAt") != null, seen::toString),
                () -> assertTrue(item.path("summaryZh").asText().contains("公安机关") || item.toString().contains(
                        "POLICE_DECISION"), item::toString));

        // the procuratorate's supervision starts from the police's refusal and the agency's request (art 9):
        // asked too early it is refused and changes nothing
        expect(409, Suite.REFERRAL, api.procuratorate(), "POST", "/referrals/" + id + "/request-explanation", null);
        referralStep(api.police(), id, "refuse", "{\"reasons\":\"现有证据不足以证明达到追诉标准\"}", "REFUSED");
        referralStep(officer(), id, "request-reconsideration", "{\"grounds\":\"销售记录与账册能够相互印证\"}",
                "RECONSIDERATION_REQUESTED");
        referralStep(api.police(), id, "answer-reconsideration", "{\"upheld\":true,\"reasons\":\"维持原决定\"}",
                "REFUSAL_UPHELD");
        referralStep(officer(), id, "request-supervision", "{\"grounds\":\"逾期未作决定且不立案理由不能成立\"}",
                "SUPERVISION_REQUESTED");
        referralStep(api.procuratorate(), id, "request-explanation", null, "EXPLANATION_REQUESTED");
        referralStep(api.police(), id, "explain", "{\"reasons\":\"涉案金额计算存在争议\"}", "EXPLAINED");
        referralStep(api.procuratorate(), id, "order-opening", "{\"reasons\":\"不立案理由不能成立\"}", "OPENING_ORDERED");
        await("the supervision steps in " + PROC).atMost(BOUND).pollInterval(POLL).untilAsserted(() -> assertTrue(
                inboxTypes(PROC, api.procuratorate(), caseId).containsAll(List.of(
                        REFERRAL_EVENT + "supervision-requested.v1", REFERRAL_EVENT + "explanation-requested.v1",
                        REFERRAL_EVENT + "opening-ordered.v1"))));
        assertEquals(1, inboxTypes(PROC, api.procuratorate(), caseId).stream().filter(overdue::equals).count(),
                "the overdue clock reported once");
    }

    // ---- (c) ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("(c) a court entrusts a dispute to mediation: appointed, accepted, agreement signed and sealed,"
            + " jointly applied, confirmed by the court (enforceable); the case view shows the mediation")
    void c_courtEntrustsMediationToJudicialConfirmation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String partyA = "party-a-" + suffix;
        String partyB = "party-b-" + suffix;
        String mediatorUser = "mediator-" + suffix;
        String orgName = "梁平区知识产权纠纷人民调解委员会 " + suffix;
        String organisationId = expect(201, Suite.MEDIATION, api.admin(), "POST", "/organisations",
                "{\"kind\":\"PEOPLES_MEDIATION_COMMITTEE\",\"name\":\"" + orgName + "\"}").path("id").asText();
        String mediatorId = expect(201, Suite.MEDIATION, api.admin(), "POST",
                "/organisations/" + organisationId + "/mediators", "{\"userId\":\"" + mediatorUser
                        + "\",\"name\":\"王调解\",\"specialities\":[\"TRADEMARK\",\"PATENT\"],\"available\":true}")
                .path("id").asText();
        String mediator = suite.tokenFor(mediatorUser, "mediator", organisationId, D);
        String a = suite.tokenFor(partyA, "party", partyA, D);
        String b = suite.tokenFor(partyB, "party", partyB, D);

        String caseId = api.fileCase(unique("e2e 商标侵权民事纠纷")).path("id").asText();
        awaitProjections(caseId, true);
        String disputeId = expect(201, Suite.REFERRAL, api.court(), "POST", "/court-disputes", """
                {"caseId":"%s","plaintiff":"四川某某酒业股份有限公司","defendant":"重庆某某商贸有限公司",
                 "claim":"停止侵权并赔偿经济损失20万元","plaintiffUserId":"%s","defendantUserId":"%s"}"""
                .formatted(caseId, partyA, partyB)).path("id").asText();
        JsonNode entrusted = ok(Suite.REFERRAL, api.court(), "/court-disputes/" + disputeId + "/entrust-mediation",
                "{\"mode\":\"ENTRUSTED_ORDINARY\",\"mediationOrganisation\":\"" + orgName
                        + "\",\"mediationOrganisationId\":\"" + organisationId + "\"}");
        assertEquals("MEDIATION_ENTRUSTED", entrusted.path("status").asText(), entrusted::toString);

        String[] idHolder = new String[1];
        await("mediation-service opens the court's request").atMost(BOUND).pollInterval(POLL).untilAsserted(() -> {
            JsonNode list = get(Suite.MEDIATION, api.court(), "/mediations?size=100");
            List<JsonNode> ours = StreamSupport.stream(list.spliterator(), false)
                    .filter(m -> caseId.equals(m.path("caseId").asText())).toList();
            assertEquals(1, ours.size(), list::toString);
            idHolder[0] = ours.get(0).path("id").asText();
        });
        String id = idHolder[0];
        JsonNode requested = get(Suite.MEDIATION, api.court(), "/mediations/" + id);
        assertAll("the court-invited request",
                () -> assertEquals("REQUESTED", requested.path("status").asText()),
                () -> assertEquals("ENTRUSTED_ORDINARY", requested.path("kind").asText()),
                () -> assertEquals(COURT, requested.path("courtDepartment").asText()),
                () -> assertEquals(organisationId, requested.path("organisationId").asText()),
                () -> assertEquals(Set.of(partyA, partyB), StreamSupport.stream(requested.path("parties").spliterator(),
                        false).map(p -> p.path("userId").asText()).collect(Collectors.toSet())));

        assertEquals("APPOINTED", mediationStep(api.court(), id, "/appointment",
                "{\"organisationId\":\"" + organisationId + "\",\"mediatorId\":\"" + mediatorId + "\"}")
                .path("status").asText());
        assertEquals("ACCEPTED", mediationStep(mediator, id, "/acceptance", null).path("status").asText());
        assertEquals("MEDIATING", mediationStep(mediator, id, "/file-receipt", null).path("status").asText());
        String performBy = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        JsonNode drafted = expect(200, Suite.MEDIATION, mediator, "PUT", "/mediations/" + id + "/agreement", """
                {"terms":[{"kind":"COMPENSATION","description":"被申请人赔偿申请人经济损失","amountYuan":"50000.00",
                           "performBy":"%s"},
                          {"kind":"STOP_INFRINGING","description":"停止销售侵权商品","performBy":"%s"}]}"""
                .formatted(performBy, performBy));
        assertEquals("AGREEMENT_DRAFTED", drafted.path("status").asText(), drafted::toString);
        String sign = "{\"contentHash\":\"" + drafted.at("/agreement/contentHash").asText() + "\"}";
        mediationStep(a, id, "/agreement/signatures", sign);
        mediationStep(b, id, "/agreement/signatures", sign);
        assertEquals(3, mediationStep(mediator, id, "/agreement/signatures", sign).at("/agreement/signatures").size());
        assertEquals("AGREEMENT_EFFECTIVE", mediationStep(mediator, id, "/agreement/seal", sign).path("status").asText());
        mediationStep(a, id, "/confirmation/applications", "{}");
        assertEquals("CONFIRMATION_APPLIED",
                mediationStep(b, id, "/confirmation/applications", "{}").path("status").asText());
        assertEquals("CONFIRMATION_ACCEPTED", mediationStep(api.court(), id, "/confirmation/acceptance",
                "{\"accepted\":true}").path("status").asText());
        JsonNode confirmed = mediationStep(api.court(), id, "/confirmation/decision", "{\"confirmed\":true}");
        assertAll("judicial confirmation",
                () -> assertEquals("CONFIRMED", confirmed.path("status").asText(), confirmed::toString),
                () -> assertEquals(true, confirmed.at("/confirmation/enforceable").asBoolean(false),
                        confirmed::toString));
        assertEquals("CONFIRMED", get(Suite.MEDIATION, a, "/mediations/" + id).path("status").asText(),
                "a party reads the confirmed mediation");

        await("case view shows the mediation").atMost(BOUND).pollInterval(POLL).untilAsserted(() -> assertEquals(
                "CONFIRMED", caseView(caseId).at("/partners/mediation/status").asText(), "partners.mediation.status"));
    }

    // ---- (d) ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("(d) 大竹 looks up a 梁平 company: 403 without an agreement, masked history once both liaisons"
            + " approved; 大竹's clue is registered by 梁平 and becomes a FILED 梁平 case")
    void d_neighbourQueriesMaskedHistoryAndSendsAClue() {
        String creditCode = "91500155MA61LP7K2D";
        String orgTitle = unique("e2e 梁平区某公司销售假冒梁平柚地理标志产品");
        file("""
                {"ipKind":"GEOGRAPHICAL_INDICATION","title":"%s","district":"500155","clueSource":"INSPECTION",
                 "infringer":{"kind":"ORGANISATION","name":"重庆梁平某某果品有限公司","creditCode":"%s"},
                 "officers":["amr-officer-01","amr-officer-02"]}""".formatted(orgTitle, creditCode));
        String goods = "梁平柚礼盒-" + UUID.randomUUID().toString().substring(0, 8);
        file("""
                {"ipKind":"TRADEMARK","title":"e2e 个人销售假冒商标柚子礼盒 张三丰","district":"500155","clueSource":"INSPECTION",
                 "infringer":{"kind":"PERSON","name":"张三丰","idNumber":"%s"},
                 "goods":[{"name":"%s","unit":"盒","quantitySold":10,"actualSalePrice":"88.00"}],
                 "officers":["amr-officer-01","amr-officer-02"]}""".formatted(Api.PERSON_ID, goods));
        String byCompany = "{\"district\":\"500155\",\"purpose\":\"核查当事人是否在邻区受过知识产权行政处罚\","
                + "\"creditCode\":\"" + creditCode + "\"}";
        String byGoods = "{\"district\":\"500155\",\"purpose\":\"协查前核实货源\",\"goods\":\"" + goods + "\"}";

        expect(403, Suite.CASE, regulatorOf(DAZHU), "POST", "/shared-cases/queries", byCompany);

        String agreement = expect(201, Suite.CASE, liaison(DAZHU), "POST", "/sharing-agreements", """
                {"partnerDistrict":"500155","ipKinds":["TRADEMARK","GEOGRAPHICAL_INDICATION"],
                 "sharedFields":["CASE_NUMBER","STATUS","INFRINGER","GOODS","DECISION"],
                 "sharedEvents":["CASE_QUERY","CLUE_TRANSFER","ASSISTANCE"],"responseAmount":10,
                 "responseUnit":"WORKING_DAYS","validFrom":"2026-01-01","validUntil":"2099-12-31"}""")
                .path("id").asText();
        ok(Suite.CASE, liaison(DAZHU), "/sharing-agreements/" + agreement + "/approval", null);
        // approved by one side only: still nothing
        expect(403, Suite.CASE, regulatorOf(DAZHU), "POST", "/shared-cases/queries", byCompany);
        JsonNode active = ok(Suite.CASE, liaison(D), "/sharing-agreements/" + agreement + "/approval", null);
        assertEquals("ACTIVE", active.path("status").asText(), active::toString);

        Response companyR = call(Suite.CASE, regulatorOf(DAZHU), "POST", "/shared-cases/queries", byCompany);
        assertEquals(200, companyR.statusCode(), companyR::asString);
        JsonNode company = Api.read(companyR);
        JsonNode hit = company.at("/cases/0");
        assertAll("the company's history, only the shared fields",
                () -> assertEquals(1, company.path("count").asInt(), company::toString),
                () -> assertEquals(D, company.path("district").asText()),
                () -> assertEquals(creditCode, hit.at("/infringer/creditCode").asText()),
                () -> assertEquals("重庆梁平某某果品有限公司", hit.at("/infringer/name").asText()),
                () -> assertEquals("FILED", hit.path("status").asText()),
                () -> assertTrue(hit.path("caseNumber").asText().startsWith(AMR + "-"), hit::toString),
                () -> assertTrue(hit.path("departmentId").isMissingNode() || hit.path("departmentId").isNull(),
                        "DEPARTMENT not shared: " + hit),
                () -> assertFalse(companyR.asString().contains(orgTitle), "the free-text title is never shared"));

        Response personR = call(Suite.CASE, regulatorOf(DAZHU), "POST", "/shared-cases/queries", byGoods);
        assertEquals(200, personR.statusCode(), personR::asString);
        JsonNode person = Api.read(personR);
        String raw = personR.asString();
        assertAll("a natural person masked",
                () -> assertEquals(1, person.path("count").asInt(), person::toString),
                () -> assertEquals("张某某", person.at("/cases/0/infringer/name").asText(), person::toString),
                () -> assertFalse(raw.contains("张三丰"), raw),
                () -> assertFalse(raw.contains(Api.PERSON_ID) || raw.contains(Api.PERSON_ID_MASKED), raw),
                () -> assertFalse(raw.contains("idNumber"), raw));

        JsonNode log = get(Suite.CASE, liaison(D), "/shared-cases/access-log?size=200");
        String logText = log.toString();
        assertTrue(logText.contains("核查当事人是否在邻区受过知识产权行政处罚") && logText.contains("协查前核实货源")
                && logText.contains(DAZHU), () -> "梁平's access log names 大竹's queries and purposes: " + logText);

        String clueTitle = unique("e2e 大竹移送：梁平某公司向大竹批发假冒白酒");
        JsonNode clue = expect(201, Suite.CASE, liaison(DAZHU), "POST", "/clue-transfers", """
                {"toDistrict":"500155","ipKind":"TRADEMARK","title":"%s",
                 "summary":"12315投诉：当事人向大竹县庙坝镇批发假冒某品牌白酒，货源来自梁平区",
                 "act":"SELLING_GOODS_WITH_COUNTERFEIT_MARK",
                 "infringer":{"kind":"ORGANISATION","name":"重庆梁平某某果品有限公司","creditCode":"%s"}}"""
                .formatted(clueTitle, creditCode));
        String transferId = clue.path("id").asText();
        assertEquals("SENT", clue.path("status").asText(), clue::toString);
        JsonNode incoming = get(Suite.CASE, regulatorOf(D), "/clue-transfers?direction=incoming");
        assertTrue(StreamSupport.stream(incoming.spliterator(), false)
                .anyMatch(t -> transferId.equals(t.path("id").asText())), incoming::toString);

        JsonNode registered = ok(Suite.CASE, api.regulator(), "/clue-transfers/" + transferId + "/registration",
                "{\"officers\":[\"amr-officer-01\",\"amr-officer-02\"]}");
        assertEquals("REGISTERED", registered.path("status").asText(), registered::toString);
        String newCase = registered.path("caseId").asText();
        JsonNode c = caseView(newCase);
        assertAll("the clue is a FILED 梁平 case",
                () -> assertEquals("FILED", c.path("status").asText(), c::toString),
                () -> assertEquals(D, c.path("district").asText()),
                () -> assertEquals(AMR, c.path("departmentId").asText()),
                () -> assertEquals("TRANSFER_FROM_DISTRICT", c.path("clueSource").asText()),
                () -> assertEquals(creditCode, c.at("/infringer/creditCode").asText()));
        assertEquals("REGISTERED", get(Suite.CASE, liaison(DAZHU), "/clue-transfers/" + transferId).path("status")
                .asText(), "大竹 sees its clue registered");
        // the new case travels like any filing
        awaitProjections(newCase, true);
    }
}
