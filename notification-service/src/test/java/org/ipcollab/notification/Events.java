package org.ipcollab.notification;

import java.util.List;
import java.util.UUID;

import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.ipcollab.testsupport.EventSchemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Events as other services publish them, written by hand as binary-mode CloudEvents. */
public final class Events {
    public static final String CASE_TOPIC = "ipcollab.case.v1";
    public static final String REFERRAL_TOPIC = "ipcollab.referral.v1";
    public static final String MEDIATION_TOPIC = "ipcollab.mediation.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** The first schema example of the case event type {@code shortType} (e.g. case.clock-overdue.v1), moved to a case. */
    public static ObjectNode caseExample(String shortType, UUID caseId, String district) {
        ObjectNode data = EventSchemas.examples("org.ipcollab." + shortType).get(0).deepCopy();
        data.put("caseId", caseId.toString());
        data.put("district", district);
        if (data.has("departmentId")) {
            data.put("departmentId", district + "-amr");
        }
        return data;
    }

    /** Data as referral-service and mediation-service publish it: caseId, district, status, statusZh, statusEn. */
    public static ObjectNode otherServiceEvent(UUID caseId, String district, String status, String statusZh,
            String statusEn) {
        ObjectNode data = JSON.createObjectNode();
        data.put("caseId", caseId.toString());
        data.put("district", district);
        data.put("status", status);
        data.put("statusZh", statusZh);
        data.put("statusEn", statusEn);
        return data;
    }

    public static String send(String bootstrap, String topic, String type, ObjectNode data) {
        return send(bootstrap, topic, CloudEventsTestRecords.newId(), type, data);
    }

    public static String send(String bootstrap, String topic, String id, String type, ObjectNode data) {
        return CloudEventsTestRecords.send(bootstrap, topic, id, type, data.get("caseId").asText(), data);
    }

    public static List<String> list(String... values) {
        return List.of(values);
    }
}
