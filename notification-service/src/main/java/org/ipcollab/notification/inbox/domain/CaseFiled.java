package org.ipcollab.notification.inbox.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 案件登记 — another department filed an infringement case: the part of {@code org.ipcollab.case.filed.v1}
 * (docs/events/case.filed.v1.schema.json) that a notice needs. Construction fails for data that cannot make a notice.
 */
public record CaseFiled(UUID caseId, String district, String departmentId, IpKind ipKind, String title,
        String infringerName, String infringerCreditCode, Instant filedAt) {
    public static final String TYPE = "org.ipcollab.case.filed.v1";
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");

    public CaseFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(ipKind, "ipKind");
        Objects.requireNonNull(filedAt, "filedAt");
        if (district == null || !DISTRICT.matcher(district).matches()) {
            throw new IllegalArgumentException("district is not a 6-digit code: " + district);
        }
        requireText(departmentId, "departmentId");
        requireText(title, "title");
        requireText(infringerName, "infringer.name");
        requireText(infringerCreditCode, "infringer.creditCode");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }
}
