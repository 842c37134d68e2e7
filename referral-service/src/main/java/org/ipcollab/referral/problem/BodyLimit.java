package org.ipcollab.referral.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} gets 413 as problem+json, like every other
 * refusal. Quarkus' own check answers the same status with an empty body; this route runs first, before anything
 * is read, and closes the connection as that check does. (A chunked body without a length is still cut off by
 * Quarkus' check.)
 */
@ApplicationScoped
public class BodyLimit {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            if (announced <= max) {
                ctx.next();
                return;
            }
            String body;
            try {
                body = json.writeValueAsString(new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large",
                        413, "the body exceeds the limit of " + max + " bytes", ctx.normalizedPath(), List.of()));
            } catch (JsonProcessingException e) {
                body = "{\"status\":413}";
            }
            ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(body);
        });
    }
}
