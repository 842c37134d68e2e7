package org.ipcollab.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ipcollab.notification.Events.REFERRAL_TOPIC;
import static org.ipcollab.notification.Events.otherServiceEvent;
import static org.ipcollab.notification.Events.send;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.tokenOf;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.notification.NotificationServiceTestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The live stream: a real SSE client connects, receives, disconnects, and resumes with Last-Event-ID. */
@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class InboxStreamTest {
    static final Duration BOUND = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/")
    URL base;

    @Inject
    InboxStream stream;

    record Received(long id, String event, JsonNode data) {
    }

    /** A client of one stream: reads lines on its own thread, collects the events it is sent. */
    final class Client implements AutoCloseable {
        final List<Received> events = new CopyOnWriteArrayList<>();
        final Stream<String> lines;

        Client(String department, String lastEventId) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "inboxes/" + department + "/stream"))
                    .header("Authorization", "Bearer " + tokenOf(department)).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
            lines = response.body();
            Thread reader = new Thread(this::read, "sse-test-client");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            String id = null;
            String event = null;
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (id != null && data.length() > 0) {
                            events.add(new Received(Long.parseLong(id), event, JSON.readTree(data.toString())));
                        }
                        id = null;
                        event = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            } catch (Exception closed) {
                // the test closed the stream
            }
        }

        List<String> caseIds() {
            return events.stream().map(r -> r.data().get("caseId").asText()).toList();
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    String referralFor(String district) {
        UUID caseId = UUID.randomUUID();
        send(bootstrap, REFERRAL_TOPIC, "org.ipcollab.referral.submitted.v1",
                otherServiceEvent(caseId, district, "SUBMITTED", "已移送公安机关", "Referred to the police"));
        return caseId.toString();
    }

    long itemsOf(String department) {
        return given().auth().oauth2(tokenOf(department)).get("/inboxes/" + department + "/items?size=1")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    @DisplayName("a client that disconnects and resumes with Last-Event-ID receives exactly the items it missed, in "
            + "order, then goes on live")
    void resumeWithLastEventId() throws Exception {
        String district = aFreshDistrict();
        String proc = district + "-proc";
        List<String> first = new ArrayList<>();
        Received last;
        try (Client client = new Client(proc, null)) {
            await().atMost(BOUND).until(() -> stream.openConnections(proc) == 1);
            for (int i = 0; i < 3; i++) {
                first.add(referralFor(district));
            }
            await().atMost(BOUND).until(() -> client.events.size() >= 3);
            assertEquals(new java.util.HashSet<>(first), new java.util.HashSet<>(client.caseIds()));
            assertEquals("notification", client.events.get(0).event());
            long[] ids = client.events.stream().mapToLong(Received::id).toArray();
            assertTrue(ids[0] < ids[1] && ids[1] < ids[2], "ids increase: " + java.util.Arrays.toString(ids));
            last = client.events.get(2);
        }

        // While nobody listens: two more items.
        List<String> missed = List.of(referralFor(district), referralFor(district));
        await().atMost(BOUND).until(() -> itemsOf(proc) == 5);

        try (Client resumed = new Client(proc, Long.toString(last.id()))) {
            await().atMost(BOUND).until(() -> resumed.events.size() >= 2);
            assertEquals(new java.util.HashSet<>(missed), new java.util.HashSet<>(resumed.caseIds()));
            assertTrue(resumed.events.stream().allMatch(r -> r.id() > last.id()));
            // and then live: the next item arrives as the third event, with nothing repeated before it.
            String live = referralFor(district);
            await().atMost(BOUND).until(() -> resumed.events.size() >= 3);
            assertEquals(live, resumed.caseIds().get(2));
            assertEquals(3, resumed.events.size());
            assertEquals(3, resumed.events.stream().map(Received::id).distinct().count());
        }
    }

    @Test
    @DisplayName("only the department, or an admin of its district, may open its stream; a bad Last-Event-ID is 422")
    void streamIsAuthorised() {
        String district = aFreshDistrict();
        given().auth().oauth2(tokenOf(district + "-psb")).accept("text/event-stream")
                .get("/inboxes/" + district + "-proc/stream")
                .then().statusCode(403).contentType("application/problem+json");
        given().accept("text/event-stream").get("/inboxes/" + district + "-proc/stream").then().statusCode(401);
        given().auth().oauth2(tokenOf(district + "-proc")).accept("text/event-stream").header("Last-Event-ID", "abc")
                .get("/inboxes/" + district + "-proc/stream")
                .then().statusCode(422).body("violations[0].message", equalTo("must be the id of an event of this stream"));
    }
}
