import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on {@code POST /shared-cases/queries} (deploy/bench/shared-query.sh): request i is due at
 * t0 + i/rate whatever the answers do, for a random company (credit code) of the list per request. The latency of a
 * request counts from its <em>due</em> instant, so a stalled server cannot hide its queue (as pgbench -R does with
 * its schedule lag). Every answer is checked: 200, a count, only the queried company's credit code, and none of the
 * fields the agreement does not share (title, ID numbers, department, filing date).
 *
 * <pre>
 * java deploy/bench/SharedQueryLoad.java --url http://localhost:8081 --token JWT --district 500155 \
 *     --codes codes.txt --rate 200 --seconds 30 [--warmup-seconds 5] [--raw latency-ms.txt] [--counts counts.txt]
 * </pre>
 * Output: RESULT lines (key=value) on stdout, progress on stderr. No dependencies beyond the JDK.
 */
public class SharedQueryLoad {
    static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
    static final Pattern CREDIT = Pattern.compile("\"creditCode\"\\s*:\\s*\"([0-9A-Z]{18})\"");
    static final String[] NOT_SHARED = { "\"title\"", "idNumber", "\"departmentId\"", "\"filedOn\"" };

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) usage();
            o.put(args[i].substring(2), args[i + 1]);
        }
        for (String k : List.of("token", "district", "codes")) if (!o.containsKey(k)) usage();
        String url = o.getOrDefault("url", "http://localhost:8081") + "/shared-cases/queries";
        String token = o.get("token");
        String district = o.get("district");
        List<String> codes = Files.readAllLines(Path.of(o.get("codes"))).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        double rate = Double.parseDouble(o.getOrDefault("rate", "200"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup-seconds", "5"));
        int maxInFlight = Integer.parseInt(o.getOrDefault("max-in-flight", "400"));
        String purpose = o.getOrDefault("purpose", "基准测试：核查当事人是否在邻区受过知识产权行政处罚 / benchmark");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Double> latency = new ConcurrentLinkedQueue<>(); // from the due instant
        ConcurrentLinkedQueue<Double> service = new ConcurrentLinkedQueue<>(); // from the actual send
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger(), okMeasured = new AtomicInteger(), failed = new AtomicInteger(),
                bad = new AtomicInteger(), dropped = new AtomicInteger(), zero = new AtomicInteger(),
                nonZero = new AtomicInteger();
        AtomicLong casesReturned = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean(false);
        Semaphore inFlight = new Semaphore(maxInFlight);

        Action query = due -> {
            if (!inFlight.tryAcquire()) { // far behind: count it rather than queue without bound
                dropped.incrementAndGet();
                return;
            }
            String cc = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
            String body = "{\"district\":\"" + district + "\",\"purpose\":\"" + purpose + "\",\"creditCode\":\"" + cc
                    + "\"}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            boolean measured = measuring.get();
            long sent = System.nanoTime();
            http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((res, err) -> {
                try {
                    long now = System.nanoTime();
                    if (err != null || res.statusCode() != 200) {
                        if (failed.incrementAndGet() <= 3) System.err.println("POST /shared-cases/queries failed: "
                                + (err != null ? err : res.statusCode() + " " + res.body()));
                        return;
                    }
                    ok.incrementAndGet();
                    String problem = check(res.body(), cc);
                    if (problem != null) {
                        if (bad.incrementAndGet() <= 3) System.err.println("wrong answer for " + cc + ": " + problem
                                + ": " + res.body().substring(0, Math.min(400, res.body().length())));
                        return;
                    }
                    int n = count(res.body());
                    if (counts.size() < 200) counts.putIfAbsent(cc, n);
                    if (!measured) return;
                    okMeasured.incrementAndGet();
                    latency.add((now - due) / 1e6);
                    service.add((now - sent) / 1e6);
                    (n == 0 ? zero : nonZero).incrementAndGet();
                    casesReturned.addAndGet(n);
                } finally {
                    inFlight.release();
                }
            });
        };
        System.err.printf("shared queries: %d companies, warm-up %d s, then %.0f/s for %d s%n", codes.size(), warmup,
                rate, seconds);
        paced(rate, warmup, query);
        measuring.set(true);
        long tStart = System.nanoTime();
        int offered = paced(rate, seconds, query);
        double offerSeconds = (System.nanoTime() - tStart) / 1e9;
        if (!inFlight.tryAcquire(maxInFlight, 120, TimeUnit.SECONDS)) System.err.println("answers still missing");

        List<Double> lat = new ArrayList<>(latency);
        List<Double> svc = new ArrayList<>(service);
        Collections.sort(lat);
        Collections.sort(svc);
        System.out.printf("RESULT offered=%d offer_seconds=%.1f measured=%d ok_total=%d failed=%d wrong=%d dropped=%d"
                + " achieved_rate=%.1f%n", offered, offerSeconds, okMeasured.get(), ok.get(), failed.get(), bad.get(),
                dropped.get(), okMeasured.get() / offerSeconds);
        System.out.printf("RESULT nonzero=%d zero=%d cases_returned=%d%n", nonZero.get(), zero.get(),
                casesReturned.get());
        System.out.printf("RESULT p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", pct(lat, 50), pct(lat, 99), pct(lat, 100));
        System.out.printf("RESULT service_p50_ms=%.2f service_p99_ms=%.2f%n", pct(svc, 50), pct(svc, 99));
        if (o.containsKey("raw")) {
            StringBuilder sb = new StringBuilder();
            for (double d : lat) sb.append(String.format("%.3f%n", d));
            Files.writeString(Path.of(o.get("raw")), sb);
        }
        if (o.containsKey("counts")) {
            StringBuilder sb = new StringBuilder();
            counts.forEach((k, v) -> sb.append(k).append(' ').append(v).append('\n'));
            Files.writeString(Path.of(o.get("counts")), sb);
        }
    }

    /** Null when the answer is right for a query by {@code cc}, else what is wrong. */
    static String check(String body, String cc) {
        Matcher m = COUNT.matcher(body);
        if (!m.find()) return "no count";
        int n = Integer.parseInt(m.group(1));
        for (String field : NOT_SHARED) if (body.contains(field)) return "holds " + field + " (not shared)";
        Matcher c = CREDIT.matcher(body);
        int seen = 0;
        while (c.find()) {
            if (!c.group(1).equals(cc)) return "holds another credit code " + c.group(1);
            seen++;
        }
        if (seen != n) return "count " + n + " but " + seen + " cases with the credit code";
        return null;
    }

    static int count(String body) {
        Matcher m = COUNT.matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    interface Action {
        void run(long dueNanos) throws Exception;
    }

    /** Calls action at the fixed rate for the duration (open loop); returns how many calls were due. */
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
            action.run(due);
        }
        if (behind > 0) System.err.printf("note: %d of %d sends went out more than 10 ms late%n", behind, n);
        return n;
    }

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(sorted.size() * p / 100.0) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static void usage() {
        System.err.println("usage: java SharedQueryLoad.java --token JWT --district CODE --codes FILE [--url URL]"
                + " [--rate 200] [--seconds 30] [--warmup-seconds 5] [--raw FILE] [--counts FILE]");
        System.exit(2);
    }
}
