package org.ipcollab.referral.referral;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ipcollab.referral.problem.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A document upload whose multipart body cannot be parsed (no closing boundary, cut off) is the caller's mistake:
 * 400 {@code malformed-request}, not the 500 the parser's {@link IOException} would otherwise become. Any other
 * {@code IOException} stays an internal error.
 */
public class MultipartProblems {
    private static final Logger LOG = Logger.getLogger(MultipartProblems.class);

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response unreadableMultipart(IOException e, HttpHeaders headers, UriInfo uri) {
        MediaType type = headers.getMediaType();
        boolean multipart = type != null && "multipart".equalsIgnoreCase(type.getType());
        if (!multipart) {
            LOG.error("unexpected failure", e);
        }
        int status = multipart ? 400 : 500;
        Problem p = multipart
                ? new Problem(Problem.TYPE_BASE + "malformed-request", "Malformed request body", 400,
                        "the multipart body cannot be read", uri == null ? null : uri.getPath(), List.of())
                : new Problem(Problem.TYPE_BASE + "internal", "Internal error",
                        500, "an unexpected error occurred; it has been logged", uri == null ? null : uri.getPath(),
                        List.of());
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(p)).build();
        } catch (JsonProcessingException x) {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity("{\"status\":" + status + "}").build();
        }
    }
}
