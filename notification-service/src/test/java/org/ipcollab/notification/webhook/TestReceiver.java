package org.ipcollab.notification.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner system's webhook endpoint, as a real HTTP server on a free port: it checks the signature the way a
 * receiver would (its own HMAC code, not the service's), answers 503 to the first {@code failures} requests, then 200.
 */
final class TestReceiver implements AutoCloseable {
    record Request(String deliveryId, String eventId, String eventType, int attempt, long timestamp, String signature,
            String body, boolean signatureValid, int answered) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft;
    private final HttpServer server;
    private volatile String secret;

    TestReceiver(int failures) throws IOException {
        failuresLeft = new AtomicInteger(failures);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    List<Request> accepted() {
        return requests.stream().filter(r -> r.answered() == 200).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var h = exchange.getRequestHeaders();
        long timestamp = Long.parseLong(h.getFirst("X-IPCollab-Timestamp"));
        String signature = h.getFirst("X-IPCollab-Signature");
        boolean valid = signature != null && signature.equals("v1=" + hmac(secret, timestamp + "." + body))
                && Math.abs(System.currentTimeMillis() / 1000 - timestamp) <= 300;
        int status = !valid ? 401 : failuresLeft.getAndDecrement() > 0 ? 503 : 200;
        requests.add(new Request(h.getFirst("X-IPCollab-Delivery"), h.getFirst("X-IPCollab-Event-Id"),
                h.getFirst("X-IPCollab-Event-Type"), Integer.parseInt(h.getFirst("X-IPCollab-Attempt")), timestamp,
                signature, body, valid, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
