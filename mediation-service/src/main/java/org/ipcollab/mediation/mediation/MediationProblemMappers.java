package org.ipcollab.mediation.mediation;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ipcollab.mediation.mediation.domain.MediationRefused;
import org.ipcollab.mediation.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * RFC 9457 answers for refused mediation commands: 422 for a request the rules make inadmissible (confirmation past
 * 30 days: {@code confirmation-too-late}; agreement settling ownership or validity: {@code confirmation-ineligible}),
 * 409 for a command the current state does not allow.
 */
public class MediationProblemMappers {
    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response refused(MediationRefused e, UriInfo uri) {
        int status = e.unprocessable() ? 422 : 409;
        String title = e.unprocessable() ? "Not admissible under the rules" : "Not allowed in the current state";
        Problem p = new Problem(Problem.TYPE_BASE + e.code(), title, status, e.getMessage(),
                uri == null ? null : uri.getPath(), List.of());
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(p)).build();
        } catch (JsonProcessingException x) {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity("{\"status\":" + status + "}").build();
        }
    }
}
