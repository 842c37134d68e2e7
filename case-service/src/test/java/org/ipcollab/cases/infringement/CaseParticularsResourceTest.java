package org.ipcollab.cases.infringement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.pii.PersonalData;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.KafkaTestClient;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The case as filed: number, clue source, act, organisation or person, goods and volume, evidence, officers. */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class CaseParticularsResourceTest {
    static final String DISTRICT = "500155";
    static final String ORG_CODE = "91500155MA60E6XU89";

    @Inject
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String regulator(String dept) {
        return Tokens.token("regulator", dept, DISTRICT);
    }

    Object single(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getSingleResult();
        });
    }

    long count(String sql, Object... params) {
        return ((Number) single(sql, params)).longValue();
    }

    /** Rows of every table a filing writes. */
    List<Long> footprint() {
        return List.of(count("select count(*) from ip_case"), count("select count(*) from outbox_event"),
                count("select count(*) from case_timeline_entry"),
                count("select coalesce(sum(last_number), 0) from case_number_counter"));
    }

    String file(String dept, String body) {
        return given().auth().oauth2(regulator(dept)).contentType(ContentType.JSON).body(body)
                .when().post("/cases").then().statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("a person infringer: 201, the ID number masked in the response, the case view and the record, "
            + "encrypted with its lookup hash at rest, and only masked in its case.filed.v2 (no v1)")
    void personIsProtected() {
        String body = given().auth().oauth2(regulator("500155-amr")).contentType(ContentType.JSON)
                .body(CaseBodies.aPersonSellingFakes(DISTRICT, CaseBodies.PERSON_ID))
                .when().post("/cases")
                .then().statusCode(201)
                .body("infringer.kind", equalTo("PERSON"))
                .body("infringer.kindZh", equalTo("自然人"))
                .body("infringer.name", equalTo("张某某"))
                .body("infringer.idNumber", equalTo(CaseBodies.PERSON_ID_MASKED))
                .body("infringer.creditCode", nullValue())
                .body("clueSource", equalTo("COMPLAINT_12315"))
                .body("clueSourceZh", equalTo("12315投诉举报"))
                .body("act.code", equalTo("SELLING_GOODS_WITH_COUNTERFEIT_MARK"))
                .body("act.criminalArticle", equalTo(214))
                .body("rightHolder.name", equalTo("四川某某酒业股份有限公司"))
                .body("officers", equalTo(List.of("amr-officer-01", "amr-officer-02")))
                .body("evidence", hasSize(2))
                .body("evidence[1].kind", equalTo("APPRAISAL"))
                .body("evidence[1].kindZh", equalTo("鉴定意见"))
                .extract().asString();
        assertFalse(body.contains(CaseBodies.PERSON_ID), "the response never carries the full ID number");
        String id = parse(body).get("id").asText();
        String view = given().auth().oauth2(regulator("500155-amr")).when().get("/cases/" + id)
                .then().statusCode(200).body("infringer.idNumber", equalTo(CaseBodies.PERSON_ID_MASKED))
                .extract().asString();
        assertFalse(view.contains(CaseBodies.PERSON_ID));

        String timeline = given().auth().oauth2(regulator("500155-amr")).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).body("entries[0].after.infringer.idNumberMasked",
                        equalTo(CaseBodies.PERSON_ID_MASKED))
                .extract().asString();
        assertFalse(timeline.contains(CaseBodies.PERSON_ID), "the record never carries the full ID number");
        assertEquals(0, count("select count(*) from case_timeline_entry where after_state::text like ?1",
                "%" + CaseBodies.PERSON_ID + "%"));

        Object[] row = (Object[]) single("select infringer_id_number_enc, infringer_id_number_hmac, "
                + "infringer_id_number_masked, infringer_credit_code from ip_case where id = cast(?1 as uuid)", id);
        String encrypted = (String) row[0];
        assertTrue(encrypted.startsWith("v1:") && !encrypted.contains(CaseBodies.PERSON_ID));
        assertEquals(CaseBodies.PERSON_ID, personalData.reveal(encrypted, id), "decrypts under the case id");
        assertEquals(personalData.lookupHash(CaseBodies.PERSON_ID), row[1]);
        assertEquals(CaseBodies.PERSON_ID_MASKED, row[2]);
        assertEquals(null, row[3]);
        assertTrue(count("select count(*) from ip_case where infringer_id_number_hmac = ?1 and id = cast(?2 as uuid)",
                personalData.lookupHash(CaseBodies.PERSON_ID), id) == 1, "found by its lookup hash");

        assertEquals(0, count("select count(*) from outbox_event where aggregate_id = ?1 and type <> ?2", id,
                "org.ipcollab.case.filed.v2"), "case.filed.v1 requires a credit code, so a person case publishes no v1");
        assertEquals(CaseBodies.PERSON_ID_MASKED, single("select payload->'infringer'->>'idNumberMasked' from outbox_event"
                + " where aggregate_id = ?1 and type = ?2", id, "org.ipcollab.case.filed.v2"));
        assertEquals(0, count("select count(*) from outbox_event where payload::text like ?1",
                "%" + CaseBodies.PERSON_ID + "%"));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("goods give the illegal business volume with each line's basis; money is a decimal string")
    void goodsGiveVolumeWithBasis() {
        String id = file("500155-amr", CaseBodies.aPersonSellingFakes(DISTRICT, CaseBodies.PERSON_ID));
        given().auth().oauth2(regulator("500155-amr")).when().get("/cases/" + id)
                .then().statusCode(200)
                .body("goods[0].actualSalePrice", equalTo("79.90"))
                .body("goods[0].quantitySold", equalTo(120))
                .body("goods[1].quantitySold", equalTo(0))
                // 120 × 79.90 = 9588.00 sold; 30 × 99.00 = 2970.00 + 10 × 15.50 = 155.00 unsold
                .body("illegalBusinessVolume.total", equalTo("12713.00"))
                .body("illegalBusinessVolume.salesAmount", equalTo("9588.00"))
                .body("illegalBusinessVolume.unsoldGoodsValue", equalTo("3125.00"))
                .body("illegalBusinessVolume.lines", hasSize(3))
                .body("illegalBusinessVolume.lines[0].basis", equalTo("ACTUAL_SALE_PRICE"))
                .body("illegalBusinessVolume.lines[0].value", equalTo("9588.00"))
                .body("illegalBusinessVolume.lines[1].basis", equalTo("MARKED_PRICE"))
                .body("illegalBusinessVolume.lines[1].portion", equalTo("UNSOLD"))
                .body("illegalBusinessVolume.lines[2].basis", equalTo("GENUINE_MARKET_MID_PRICE"))
                .body("illegalBusinessVolume.lines[2].basisZh", containsString("被侵权产品的市场中间价格"))
                .body("illegalBusinessVolume.lines[2].basisEn", containsString("market mid-price"))
                .body("illegalBusinessVolume.summaryZh", containsString("法释〔2004〕19号 第十二条"));
    }

    @Test
    @DisplayName("case numbers count up within a department; another department has its own sequence")
    void caseNumbersPerDepartment() {
        String body = CaseBodies.minimal("TRADEMARK", "编号测试", DISTRICT, "重庆某某商贸有限公司", ORG_CODE);
        String first = given().auth().oauth2(regulator("500155-amr")).contentType(ContentType.JSON).body(body)
                .post("/cases").then().statusCode(201)
                .body("caseNumber", matchesPattern("500155-amr-\\d{4}-\\d{6}")).extract().path("caseNumber");
        String second = given().auth().oauth2(regulator("500155-amr")).contentType(ContentType.JSON).body(body)
                .post("/cases").then().statusCode(201).extract().path("caseNumber");
        assertEquals(Long.parseLong(first.substring(first.length() - 6)) + 1,
                Long.parseLong(second.substring(second.length() - 6)));
        String dept = "500155-cult-" + System.nanoTime();
        given().auth().oauth2(regulator(dept)).contentType(ContentType.JSON).body(body)
                .post("/cases").then().statusCode(201)
                .body("caseNumber", matchesPattern(java.util.regex.Pattern.quote(dept) + "-\\d{4}-000001"));
    }

    @Test
    @DisplayName("an organisation case publishes case.filed.v1 with the new optional fields, valid against the schema")
    void organisationEvent() throws Exception {
        String body = """
                {"ipKind":"TRADEMARK","title":"销售假冒注册商标的白酒","district":"500155","clueSource":"CUSTOMS",
                 "act":"SELLING_GOODS_WITH_COUNTERFEIT_MARK",
                 "infringer":{"kind":"ORGANISATION","name":"重庆某某商贸有限公司","creditCode":"%s"},
                 "rightHolder":{"name":"四川某某酒业股份有限公司"},
                 "goods":[{"name":"白酒","unit":"瓶","quantitySold":3,"actualSalePrice":"100"}],
                 "officers":["a","b"]}""".formatted(ORG_CODE);
        String id = file("500155-amr", body);
        ConsumerRecord<String, byte[]> record = KafkaTestClient.awaitRecord(bootstrap, "ipcollab.case.v1",
                r -> id.equals(r.key()) && "org.ipcollab.case.filed.v1".equals(KafkaTestClient.header(r, "ce_type")),
                Duration.ofSeconds(30));
        JsonNode data = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
        assertEquals(Set.of(), EventSchemas.violations("org.ipcollab.case.filed.v1", data));
        assertEquals("ORGANISATION", data.at("/infringer/kind").asText());
        assertEquals(ORG_CODE, data.at("/infringer/creditCode").asText());
        assertTrue(data.get("caseNumber").asText().matches("500155-amr-\\d{4}-\\d{6}"));
        assertEquals("CUSTOMS", data.get("clueSource").asText());
        assertEquals("SELLING_GOODS_WITH_COUNTERFEIT_MARK", data.get("act").asText());
        assertEquals("四川某某酒业股份有限公司", data.at("/rightHolder/name").asText());
        given().auth().oauth2(regulator("500155-amr")).when().get("/cases/" + id).then()
                .body("illegalBusinessVolume.total", equalTo("300.00"))
                .body("goods[0].actualSalePrice", equalTo("100.00"));
    }

    void refused(int status, String body, String... fields) {
        List<Long> before = footprint();
        var response = given().auth().oauth2(regulator("500155-amr")).contentType(ContentType.JSON).body(body)
                .when().post("/cases")
                .then().statusCode(status).contentType("application/problem+json");
        for (String field : fields) {
            response.body("violations.field", hasItem(field));
        }
        String text = response.extract().asString();
        assertFalse(text.contains(CaseBodies.PERSON_ID), "a refusal never echoes an ID number");
        assertEquals(before, footprint(), "a refusal changes nothing (case, outbox, record, counter)");
    }

    @Test
    @DisplayName("fewer than two distinct handling officers → 422 on officers, nothing written")
    void twoOfficers() {
        String valid = CaseBodies.minimal("TRADEMARK", "承办人", DISTRICT, "某公司", ORG_CODE);
        refused(422, valid.replace("[\"amr-officer-01\",\"amr-officer-02\"]", "[\"amr-officer-01\"]"), "officers");
        refused(422, valid.replace("[\"amr-officer-01\",\"amr-officer-02\"]",
                "[\"amr-officer-01\",\" amr-officer-01\"]"), "officers");
        refused(422, valid.replace(",\n \"officers\":[\"amr-officer-01\",\"amr-officer-02\"]", ""), "officers");
        refused(422, valid.replace("\"amr-officer-02\"", "\"\""), "officers[1]");
    }

    @Test
    @DisplayName("missing clue source, unknown clue source, wrong act for the kind → 422/400, nothing written")
    void clueSourceAndAct() {
        String valid = CaseBodies.minimal("PATENT", "专利", DISTRICT, "某公司", ORG_CODE);
        refused(422, valid.replace("\"clueSource\":\"INSPECTION\",", ""), "clueSource");
        refused(400, valid.replace("\"INSPECTION\"", "\"RUMOUR\""));
        refused(422, valid.replace("\"clueSource\":\"INSPECTION\",",
                "\"clueSource\":\"INSPECTION\",\"act\":\"SELLING_INFRINGING_COPIES\","), "act");
    }

    @Test
    @DisplayName("a person's ID number with a wrong check character or birth date → 422 on infringer.idNumber")
    void badIdNumbers() {
        String wrongCheck = CaseBodies.PERSON_ID.substring(0, 17) + "1";
        refused(422, CaseBodies.aPersonSellingFakes(DISTRICT, wrongCheck), "infringer.idNumber");
        String feb30 = "50015519900230" + "409";
        String badDate = feb30 + org.ipcollab.cases.infringement.domain.ResidentIdNumber.checkCharacter(feb30);
        refused(422, CaseBodies.aPersonSellingFakes(DISTRICT, badDate), "infringer.idNumber");
        refused(422, CaseBodies.aPersonSellingFakes(DISTRICT, CaseBodies.PERSON_ID)
                .replace("\"idNumber\":\"" + CaseBodies.PERSON_ID + "\"", "\"creditCode\":\"" + ORG_CODE + "\""),
                "infringer.idNumber", "infringer.creditCode");
        refused(422, CaseBodies.minimal("TRADEMARK", "t", DISTRICT, "某公司", ORG_CODE)
                .replace("\"creditCode\"", "\"idNumber\":\"" + CaseBodies.PERSON_ID + "\",\"creditCode\""),
                "infringer.idNumber");
        refused(422, CaseBodies.minimal("TRADEMARK", "t", DISTRICT, "某公司", ORG_CODE)
                .replace("\"kind\":\"ORGANISATION\",", ""), "infringer.kind");
    }

    @Test
    @DisplayName("goods lines: bad quantity, a price that is not a yuan string, no price to value by → 422 by field")
    void badGoods() {
        String valid = CaseBodies.aPersonSellingFakes(DISTRICT, CaseBodies.PERSON_ID);
        refused(422, valid.replace("\"quantitySold\":120", "\"quantitySold\":-1"), "goods[0].quantitySold");
        refused(422, valid.replace("\"79.90\"", "\"79.999\""), "goods[0].actualSalePrice");
        refused(400, valid.replace("\"79.90\"", "79.90")); // a JSON number is never money
        refused(422, valid.replace("\"actualSalePrice\":\"79.90\",", ""), "goods[0].actualSalePrice");
        refused(422, valid.replace(",\"genuineMarketMidPrice\":\"15.50\"", ""), "goods[1].markedPrice");
        refused(422, valid.replace("\"quantityUnsold\":10,", ""), "goods[1].quantitySold");
        refused(422, valid.replace("\"unit\":\"瓶\",", ""), "goods[0].unit");
        refused(422, valid.replace("\"kind\":\"PHOTO\",", ""), "evidence[0].kind");
        refused(400, valid.replace("\"PHOTO\"", "\"HEARSAY\""));
        refused(422, valid.replace("\"name\":\"四川某某酒业股份有限公司\",\"creditCode\":\"91500155MA60E6XU89\"",
                "\"name\":\"四川某某酒业股份有限公司\",\"creditCode\":\"91500155MA60E6XU88\""), "rightHolder.creditCode");
    }

    @Test
    @DisplayName("the list shows persons masked too")
    void listMasks() {
        file("500155-amr", CaseBodies.aPersonSellingFakes(DISTRICT, CaseBodies.PERSON_ID));
        String list = given().auth().oauth2(regulator("500155-amr")).when().get("/cases?size=200")
                .then().statusCode(200).body("items.infringer.idNumber", hasItem(CaseBodies.PERSON_ID_MASKED))
                .extract().asString();
        assertFalse(list.contains(CaseBodies.PERSON_ID));
    }
}
