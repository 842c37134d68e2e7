package org.ipcollab.notification.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details; {@code type} is stable per kind of problem. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ipcollab.org/problems/";

    /** One field that is wrong, with why. */
    public record Violation(String field, String message) {
    }
}
