package org.ipcollab.cases.rules;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ipcollab.cases.problem.Problem;
import org.ipcollab.cases.rules.domain.CalendarNotLoadedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The legal rules' failures as RFC 9457 problems, beside {@code problem.ProblemMappers} (which is kept identical in
 * every service, so rule-specific mappings live here). Global: a use case anywhere in the service that needs a
 * calendar nobody loaded answers 409 the same way.
 */
public class RulesProblemMappers {
    @Inject
    ObjectMapper json;

    /** A date was needed in a year without a working-day calendar: not the caller's fault, not a guess either. */
    @ServerExceptionMapper
    public Response calendarNotLoaded(CalendarNotLoadedException e, UriInfo uri) {
        return problem(409, "calendar-not-loaded", "Working-day calendar not loaded",
                notLoadedDetail(e.year()), uri);
    }

    @ServerExceptionMapper
    public Response refused(RuleDocumentRefusedException e, UriInfo uri) {
        return problem(422, "validation", "Rule document refused", e.getMessage() + " (nothing was stored)", uri);
    }

    /** The 409 detail, in Chinese and English. */
    static String notLoadedDetail(int year) {
        return year + "年工作日历尚未加载，须由管理员加载 / the working-day calendar for " + year
                + " is not loaded; an administrator must load it";
    }

    private Response problem(int status, String code, String title, String detail, UriInfo uri) {
        Problem p = new Problem(Problem.TYPE_BASE + code, title, status, detail, uri == null ? null : uri.getPath(),
                List.of());
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(p)).build();
        } catch (JsonProcessingException e) {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity("{\"status\":" + status + "}").build();
        }
    }
}
