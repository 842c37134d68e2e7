package org.ipcollab.notification.inbox.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 案件登记 — another department filed an infringement case: the part of {@code org.ipcollab.case.filed.v2}
 * (docs/events/case.filed.v2.schema.json) that a notice needs. Construction fails for data that cannot make a notice.
 * The deprecated {@code case.filed.v1} ({@link #TYPE_V1}) is not read: case-service publishes it beside v2 for
 * organisation cases, with another event id, so reading both would notify a filing twice.
 */
public record CaseFiled(UUID caseId, String district, String departmentId, IpKind ipKind, String title,
        Infringer infringer, Instant filedAt) {
    public static final String TYPE = "org.ipcollab.case.filed.v2";
    /** Deprecated; ignored when it arrives, but a subscription that names it still covers filings (see {@link Routing}). */
    public static final String TYPE_V1 = "org.ipcollab.case.filed.v1";
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{6}");

    public CaseFiled {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(ipKind, "ipKind");
        Objects.requireNonNull(infringer, "infringer");
        Objects.requireNonNull(filedAt, "filedAt");
        if (district == null || !DISTRICT.matcher(district).matches()) {
            throw new IllegalArgumentException("district is not a 6-digit code: " + district);
        }
        requireText(departmentId, "departmentId");
        requireText(title, "title");
    }

    /** 当事人类型 — 单位 (organisation) or 自然人 (natural person). */
    public enum PartyKind {
        ORGANISATION, PERSON
    }

    /**
     * 侵权主体 — the suspected infringer as the event shows it: an organisation with its unified social credit code, or a
     * natural person with the masked resident ID number (e.g. 500155********409X). A full ID number is refused, so it
     * can never reach an inbox (PIPL; DOMAIN.md §3.6).
     */
    public record Infringer(PartyKind kind, String name, String creditCode, String idNumberMasked) {
        private static final Pattern MASKED = Pattern.compile("[0-9]{6}\\*{8}[0-9]{3}[0-9X]");

        public Infringer {
            Objects.requireNonNull(kind, "infringer.kind");
            requireText(name, "infringer.name");
            if (kind == PartyKind.ORGANISATION) {
                requireText(creditCode, "infringer.creditCode");
                if (idNumberMasked != null) {
                    throw new IllegalArgumentException("an organisation has no infringer.idNumberMasked");
                }
            } else {
                if (idNumberMasked == null || !MASKED.matcher(idNumberMasked).matches()) {
                    throw new IllegalArgumentException("infringer.idNumberMasked is missing or not masked");
                }
                if (creditCode != null) {
                    throw new IllegalArgumentException("a natural person has no infringer.creditCode");
                }
            }
        }

        public static Infringer organisation(String name, String creditCode) {
            return new Infringer(PartyKind.ORGANISATION, name, creditCode, null);
        }

        public static Infringer person(String name, String idNumberMasked) {
            return new Infringer(PartyKind.PERSON, name, null, idNumberMasked);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }
}
