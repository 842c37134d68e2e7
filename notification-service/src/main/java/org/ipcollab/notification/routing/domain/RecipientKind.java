package org.ipcollab.notification.routing.domain;

/** How a {@link RoutingRule} names the departments it notifies. */
public enum RecipientKind {
    /**
     * A department of a district named by convention {@code <district>-<value>} (e.g. value {@code proc} → 500155-proc,
     * the district's 检察院). The district is the event's {@code district}, or the event field named after a colon:
     * {@code liaison:toDistrict} → {@code <data.toDistrict>-liaison}.
     */
    DISTRICT_DEPARTMENT,
    /** The department id carried in the event field {@code value}, e.g. {@code departmentId} or {@code policeDepartment}. */
    EVENT_DEPARTMENT,
    /** 联合督办 — the supervising departments of a major case, from the projection of case.marked-major.v1; no value. */
    MAJOR_CASE_SUPERVISORS,
    /** One fixed department id, {@code value}. */
    FIXED_DEPARTMENT
}
