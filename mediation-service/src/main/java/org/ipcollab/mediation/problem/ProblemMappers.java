package org.ipcollab.mediation.problem;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure into RFC 9457 {@code application/problem+json}; a caller's mistake is never a 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "the caller's role does not allow this action" : e.getMessage();
        return problem(Response.Status.FORBIDDEN, "forbidden", "Forbidden", detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        return problem(422, "validation", "Request is not valid", "one or more fields are invalid", uri, violations);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return problem(422, "validation", "Request is not valid", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.Violation> violations = List.of();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            violations = List.of(new Problem.Violation(path(m), "wrong type or unknown value"));
        }
        return problem(400, "malformed-request", "Malformed request body",
                "the body is not valid JSON of the expected shape", uri, violations);
    }

    /** More specific than {@link #unreadableJson}, so it outranks the built-in mapper of quarkus-rest-jackson. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparsableJson(StreamReadException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response conflict(DomainConflictException e, UriInfo uri) {
        return problem(409, "conflict", "Not allowed in the current state", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 401) {
            return unauthorizedResponse(uri);
        }
        Throwable cause = e.getCause();
        if (status == 400 && cause instanceof JsonProcessingException jpe) {
            return unreadableJson(jpe, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return problem(status, slug(title), title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            Response r = problem(503, "unavailable", "Service temporarily unavailable",
                    "the database cannot be reached; nothing was changed, try again shortly", uri, List.of());
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        if (isUnstorableText(e)) {
            // PostgreSQL refuses a NUL character (\u0000) in text; the transaction is rolled back, nothing is kept
            return problem(422, "validation", "Request is not valid",
                    "a text field contains a character that cannot be stored (NUL)", uri, List.of());
        }
        LOG.error("unexpected failure", e);
        return problem(500, "internal", "Internal error", "an unexpected error occurred; it has been logged", uri, List.of());
    }

    private Response unauthorizedResponse(UriInfo uri) {
        Response r = problem(401, "unauthorized", "Authentication required",
                "a valid bearer token is required", uri, List.of());
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response problem(Response.Status status, String code, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        return problem(status.getStatusCode(), code, title, detail, uri, violations);
    }

    private Response problem(int status, String code, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        Problem p = new Problem(Problem.TYPE_BASE + code, title, status, detail,
                uri == null ? null : uri.getPath(), violations);
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(p)).build();
        } catch (JsonProcessingException e) {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity("{\"status\":" + status + "}").build();
        }
    }

    /**
     * The caller's name for the field: {@code infringer.creditCode} for a body property, {@code size} for a query
     * parameter, {@code eventTypes[0]} for a list element (method and body-parameter nodes dropped).
     */
    static String field(ConstraintViolation<?> v) {
        List<String> segments = new java.util.ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.isInIterable() && !segments.isEmpty()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                int last = segments.size() - 1;
                segments.set(last, segments.get(last) + "[" + key + "]");
            }
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, BEAN -> {
                    if (node.getName() != null) {
                        segments.add(node.getName());
                    }
                }
                default -> {
                    // method, constructor, container element, return value: not part of the caller's name
                }
            }
        }
        if (segments.isEmpty()) {
            return parameter != null ? parameter : v.getPropertyPath().toString();
        }
        return String.join(".", segments);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** SQLSTATE 22021 character_not_in_repertoire (a NUL byte) or 22P05 untranslatable_character. */
    private static boolean isUnstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.endsWith("AcquisitionTimeoutException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
