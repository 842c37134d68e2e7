import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Propagation latency at a fixed offered rate (open loop: send i is due at t0 + i/rate, whatever the answers do).
 *
 * <pre>
 * java -cp "$(cat deploy/local/.run/kafka.classpath)" deploy/bench/PropagationLatency.java kafka \
 *      --bootstrap localhost:9092 --rate 200 --seconds 30
 * java -cp "$(cat deploy/local/.run/kafka.classpath)" deploy/bench/PropagationLatency.java suite \
 *      --rate 200 --seconds 30 --case-url http://localhost:8081 --notify-url http://localhost:8084 \
 *      --dept 500155-psb --body deploy/local/requests/file-case.json --filer-token T1 --reader-token T2
 * </pre>
 *
 * kafka: the floor. One producer (acks=all, idempotent, linger 2 ms: the outbox relay's settings) sends a record
 * carrying System.nanoTime() to a 6-partition topic; a consumer in the same JVM (assigned all partitions, at the end)
 * takes nanoTime() on receipt. Latency = receipt - send, one clock.
 *
 * suite: POST /cases with the body file at the offered rate; the send instant (wall clock) is recorded per case id
 * from the 201 answer. Then the department's inbox (GET /inboxes/{dept}/items, 200 per page) is read until every
 * filed case is there (or --drain-seconds pass). Latency = the item's createdAt (notification-service's clock, set in
 * the transaction that writes the item, i.e. just before it commits and becomes visible) - the POST's send instant.
 * Same machine, so one clock. Also reports the POST answer times.
 *
 * Output: lines "RESULT key=value" for the shell script, and raw latencies (ms) to --raw FILE if given.
 */
public class PropagationLatency {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) usage();
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) usage();
            o.put(args[i].substring(2), args[i + 1]);
        }
        double rate = Double.parseDouble(o.getOrDefault("rate", "200"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        switch (args[0]) {
            case "kafka" -> kafka(o, rate, seconds);
            case "suite" -> suite(o, rate, seconds);
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: PropagationLatency kafka|suite [--rate R] [--seconds S] [options] (see source)");
        System.exit(2);
    }

    // ---------------------------------------------------------------- kafka floor

    static void kafka(Map<String, String> o, double rate, int seconds) throws Exception {
        String bootstrap = o.getOrDefault("bootstrap", "localhost:9092");
        String topic = o.getOrDefault("topic", "bench.e2e-latency.v1");
        int warmup = Integer.parseInt(o.getOrDefault("warmup-seconds", "5"));
        Properties a = new Properties();
        a.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(a)) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());

        List<Double> lat = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicInteger received = new AtomicInteger();
        Semaphore assigned = new Semaphore(0);
        Thread consumerThread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(c)) {
                List<TopicPartition> parts = new ArrayList<>();
                consumer.partitionsFor(topic).forEach(pi -> parts.add(new TopicPartition(topic, pi.partition())));
                consumer.assign(parts);
                consumer.seekToEnd(parts);
                parts.forEach(consumer::position); // resolve the end offsets now
                assigned.release();
                while (!stop.get()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.nanoTime();
                        ByteBuffer b = ByteBuffer.wrap(r.value());
                        long sent = b.getLong();
                        boolean measured = b.get() == 1;
                        if (measured) {
                            lat.add((now - sent) / 1e6);
                            received.incrementAndGet();
                        }
                    }
                }
            }
        }, "consumer");
        consumerThread.start();
        assigned.acquire();
        int sent;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            System.err.printf("kafka floor: warm-up %d s, then %.0f records/s for %d s to %s on %s%n", warmup, rate,
                    seconds, topic, bootstrap);
            paced(rate, warmup, i -> send(producer, topic, i, false));
            sent = paced(rate, seconds, i -> send(producer, topic, i, true));
            producer.flush();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < sent && System.nanoTime() < deadline) Thread.sleep(50);
        stop.set(true);
        consumerThread.join();
        report("kafka", rate, seconds, sent, new ArrayList<>(lat), o.get("raw"));
    }

    static void send(KafkaProducer<String, byte[]> producer, String topic, int i, boolean measured) {
        ByteBuffer b = ByteBuffer.allocate(9 + 300); // ~ the size of a small CloudEvent
        b.putLong(System.nanoTime()).put((byte) (measured ? 1 : 0));
        producer.send(new ProducerRecord<>(topic, "case-" + i, b.array()));
    }

    interface Action {
        void run(int i) throws Exception;
    }

    /** Calls action at the fixed rate for the duration (open loop); returns how many calls were made. */
    static int paced(double rate, int seconds, Action action) throws Exception {
        long t0 = System.nanoTime();
        long periodNs = (long) (1e9 / rate);
        int n = (int) Math.round(rate * seconds);
        int behind = 0;
        for (int i = 0; i < n; i++) {
            long due = t0 + i * periodNs;
            long wait = due - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            else if (wait < -TimeUnit.MILLISECONDS.toNanos(10)) behind++;
            action.run(i);
        }
        if (behind > 0) System.err.printf("note: %d of %d sends went out more than 10 ms late%n", behind, n);
        return n;
    }

    // ---------------------------------------------------------------- the suite

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern ITEM = Pattern.compile(
            "\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\".*?\"createdAt\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    static void suite(Map<String, String> o, double rate, int seconds) throws Exception {
        String caseUrl = o.getOrDefault("case-url", "http://localhost:8081");
        String notifyUrl = o.getOrDefault("notify-url", "http://localhost:8084");
        String dept = o.getOrDefault("dept", "500155-psb");
        String body = Files.readString(Path.of(o.get("body")));
        String filer = o.get("filer-token");
        String reader = o.get("reader-token");
        int drainSeconds = Integer.parseInt(o.getOrDefault("drain-seconds", "120"));
        int maxInFlight = Integer.parseInt(o.getOrDefault("max-in-flight", "400"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup-seconds", "5"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();

        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> postMs = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicLong lastAnswer = new AtomicLong();
        Action post = i -> {
            if (!inFlight.tryAcquire()) { // the suite is too far behind: count it, don't queue without bound
                dropped.incrementAndGet();
                return;
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(caseUrl + "/cases")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + filer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            boolean measured = measuring.get();
            Instant sent = Instant.now();
            long t = System.nanoTime();
            http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((res, err) -> {
                try {
                    long now = System.nanoTime();
                    double ms = (now - t) / 1e6;
                    if (err != null || res.statusCode() != 201) {
                        if (failed.incrementAndGet() <= 3) System.err.println("POST /cases failed: "
                                + (err != null ? err : res.statusCode() + " " + res.body()));
                        return;
                    }
                    if (!measured) return;
                    postMs.add(ms);
                    lastAnswer.accumulateAndGet(now, Math::max);
                    Matcher m = ID.matcher(res.body());
                    if (m.find()) sentAt.put(m.group(1), sent);
                } finally {
                    inFlight.release(); // after recording, so "all answers are in" below sees every one
                }
            });
        };
        System.err.printf("suite: warm-up %d s, then %.0f filings/s for %d s; inbox %s%n", warmup, rate, seconds, dept);
        paced(rate, warmup, post);
        measuring.set(true);
        long tStart = System.nanoTime();
        int offered = paced(rate, seconds, post);
        double offerSeconds = (System.nanoTime() - tStart) / 1e9;
        inFlight.acquire(maxInFlight); // all answers are in
        inFlight.release(maxInFlight);
        System.err.printf("offered %d in %.1f s; %d answered 201 (measured), %d failed, %d dropped (> %d in flight)%n",
                offered, offerSeconds, sentAt.size(), failed.get(), dropped.get(), maxInFlight);

        // Read the inbox until every measured case is there.
        Map<String, Instant> seen = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
        while (true) {
            for (int page = 0; ; page++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(
                                notifyUrl + "/inboxes/" + dept + "/items?size=200&page=" + page))
                        .header("Authorization", "Bearer " + reader).timeout(Duration.ofSeconds(30)).GET().build();
                HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) throw new IllegalStateException("inbox answered " + res.statusCode()
                        + ": " + res.body());
                Matcher m = ITEM.matcher(res.body());
                int items = 0;
                while (m.find()) {
                    items++;
                    if (sentAt.containsKey(m.group(1))) seen.putIfAbsent(m.group(1), Instant.parse(m.group(2)));
                }
                if (items < 200 || seen.size() == sentAt.size()) break;
            }
            if (seen.size() == sentAt.size() || System.nanoTime() > deadline) break;
            Thread.sleep(1000);
        }
        List<Double> lat = new ArrayList<>();
        seen.forEach((id, created) -> lat.add(Duration.between(sentAt.get(id), created).toNanos() / 1e6));
        System.out.printf("RESULT missing_in_inbox=%d%n", sentAt.size() - seen.size());
        System.out.printf("RESULT failed=%d dropped=%d%n", failed.get(), dropped.get());
        // filings answered 201 per second, from the first measured send to the last answer (not to the last send:
        // when the suite falls behind, answers keep coming after the offering stops)
        double spanSeconds = Math.max(offerSeconds, (lastAnswer.get() - tStart) / 1e9);
        System.out.printf("RESULT achieved_rate=%.1f answer_span_s=%.1f%n", sentAt.size() / spanSeconds, spanSeconds);
        List<Double> pm = new ArrayList<>(postMs);
        Collections.sort(pm);
        System.out.printf("RESULT post_p50_ms=%.1f post_p99_ms=%.1f%n", pct(pm, 50), pct(pm, 99));
        report("suite", rate, seconds, sentAt.size(), lat, o.get("raw"));
    }

    // ---------------------------------------------------------------- output

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(sorted.size() * p / 100.0) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static void report(String what, double rate, int seconds, int sent, List<Double> lat, String raw) throws Exception {
        Collections.sort(lat);
        System.out.printf("RESULT what=%s rate=%.0f seconds=%d sent=%d measured=%d%n", what, rate, seconds, sent,
                lat.size());
        System.out.printf("RESULT p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n", pct(lat, 50), pct(lat, 99), pct(lat, 100));
        if (raw != null) {
            StringBuilder sb = new StringBuilder();
            for (double d : lat) sb.append(String.format("%.3f%n", d));
            Files.writeString(Path.of(raw), sb);
        }
    }
}
