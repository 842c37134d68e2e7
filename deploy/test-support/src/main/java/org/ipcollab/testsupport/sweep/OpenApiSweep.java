package org.ipcollab.testsupport.sweep;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.ipcollab.testsupport.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bad-input sweep of issue 8, generated from a running service's OpenAPI document ({@code /q/openapi?format=json}).
 *
 * <p>For every operation it builds a plausible baseline request (path parameters filled with seeded random UUIDs or
 * the first enum value, a body sampled from the request schema) and sends deliberately wrong variants of it:
 * <ul>
 * <li><b>tokens</b> — none, a garbage bearer, a forged signature ({@code Tokens.forged}), an expired token, and every
 * role the operation does not allow (the roles come from the operation's {@code security} scopes, which SmallRye
 * OpenAPI fills from {@code @RolesAllowed}): 401 for the first four, any 4xx for a wrong role;</li>
 * <li><b>bodies</b> (allowed role) — malformed JSON, an empty body, a JSON array / string / number / null instead of
 * an object, {@code {}}, each required field missing or null, each field wrong-typed, integers out of range (huge,
 * negative, fractional), 100 000-character strings, a body above the service's maximum body size and a
 * {@code text/plain} content type;</li>
 * <li><b>parameters</b> — a malformed UUID, an SQL-injection string and a path-traversal string in each path
 * parameter; wrong-typed, out-of-range and unknown-enum query parameters;</li>
 * <li><b>text</b> (the tolerant group) — unusual Unicode (RTL override, zero-width joiner, emoji, NUL escape, lone
 * surrogates escaped and as raw CESU bytes) and injection strings ({@code ' OR 1=1 --}, {@code <script>},
 * {@code ${jndi:ldap://x}}, {@code ../../etc/passwd}) in each string field and string query parameter.</li>
 * </ul>
 * Every variant of the first three groups must be answered 4xx; text variants may legitimately be accepted in a
 * free-text field, so 2xx is tolerated for them (and listed), never 5xx. Every 4xx must be
 * {@code application/problem+json} with a JSON {@code status} equal to the HTTP status.
 *
 * <p>The database fingerprint is taken (once stable) before the sweep, after the strict groups (must be equal) and
 * after the text group (must be equal as well unless a text variant was accepted, which the report then names).
 *
 * <p>Operations that stream ({@code text/event-stream}) get only the token variants; multipart operations get the
 * token variants, a JSON body and a malformed multipart body; operations without {@code security} are public and
 * get only the parameter variants with any non-5xx answer. All of this is listed in {@link Report#skipped}.
 */
public final class OpenApiSweep {
    /** Injection strings sent in every string field of the text group and in path parameters. */
    public static final List<String> INJECTIONS = List.of("' OR 1=1 --", "<script>alert(1)</script>",
            "${jndi:ldap://x/a}", "../../etc/passwd");
    /** Unusual Unicode, written as JSON string content (so {@code \\u0000} and lone surrogates are JSON escapes). */
    public static final List<String> UNICODE_JSON = List.of("\u202Egnp.exe\u200F", "a\u200Db\u200Bc\uFEFF",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83D\uDCA9", "nul\\u0000byte", "lone\\ud800high",
            "lone\\udc00low");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final URI base;
    private final Set<String> allRoles;
    private final Function<String, String> token;
    private final Function<String, String> forged;
    private final Function<String, String> expired;
    private final Supplier<Map<String, String>> fingerprint;
    private final long maxBodyBytes;
    private final int oversizedBodyOperations;
    private final int fieldCap;
    private final Random random;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private JsonNode document;
    private final Report report = new Report();
    private int oversizedSent;

    private OpenApiSweep(Builder b) {
        this.base = b.base;
        this.allRoles = b.roles;
        this.token = b.token;
        this.forged = b.forged;
        this.expired = b.expired;
        this.fingerprint = b.fingerprint;
        this.maxBodyBytes = b.maxBodyBytes;
        this.oversizedBodyOperations = b.oversizedBodyOperations;
        this.fieldCap = b.fieldCap;
        this.random = new Random(b.seed);
    }

    public static Builder against(URI base) {
        return new Builder(base);
    }

    /** Configuration of one sweep. */
    public static final class Builder {
        private final URI base;
        private Set<String> roles = Set.of();
        private Function<String, String> token;
        private Function<String, String> forged;
        private Function<String, String> expired;
        private Supplier<Map<String, String>> fingerprint = Map::of;
        private long maxBodyBytes = 1024 * 1024;
        private int oversizedBodyOperations = Integer.MAX_VALUE;
        private int fieldCap = 6;
        private long seed = 8L;

        private Builder(URI base) {
            this.base = base;
        }

        /** Every role a token may carry; the ones an operation does not allow are tried as wrong roles. */
        public Builder roles(Set<String> roles) {
            this.roles = new java.util.TreeSet<>(roles);
            return this;
        }

        /** Valid, forged and expired tokens for a role. */
        public Builder tokens(Function<String, String> valid, Function<String, String> forged,
                Function<String, String> expired) {
            this.token = valid;
            this.forged = forged;
            this.expired = expired;
            return this;
        }

        /** Valid, forged and expired test tokens ({@code Tokens}) of a role in department {@code <district>-<role>}. */
        public Builder tokensOfDistrict(String district) {
            return tokens(role -> Tokens.token(role, district + "-" + role, district),
                    role -> Tokens.forged(role, district + "-" + role, district),
                    role -> Tokens.expired(role, district + "-" + role, district));
        }

        public Builder fingerprint(Supplier<Map<String, String>> fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        /** {@code quarkus.http.limits.max-body-size}; the oversized body is this plus 1 KiB. */
        public Builder maxBodyBytes(long bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        /** Send the oversized body to at most this many operations (a 25 MiB limit makes every copy costly). */
        public Builder oversizedBodyOperations(int operations) {
            this.oversizedBodyOperations = operations;
            return this;
        }

        /** At most this many fields (in document order) per field-level category and operation. */
        public Builder fieldCap(int cap) {
            this.fieldCap = cap;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Report run() {
            if (token == null) {
                throw new IllegalStateException("tokens(...) is required");
            }
            return new OpenApiSweep(this).execute();
        }
    }

    /** The outcome; {@link #assertClean()} fails with everything that went wrong. */
    public static final class Report {
        public int requests;
        public int operations;
        public final Map<String, Integer> perGroup = new TreeMap<>();
        public final List<String> failures = new ArrayList<>();
        public final List<String> skipped = new ArrayList<>();
        public final List<String> accepted = new ArrayList<>();
        public final Map<Integer, Integer> statuses = new TreeMap<>();
        public List<String> databaseChanges = List.of();
        public List<String> databaseChangesAfterText = List.of();
        public long millis;
        public int retries;

        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append("bad-input sweep: ").append(operations).append(" operations, ").append(requests)
                    .append(" requests in ").append(millis).append(" ms (").append(retries).append(" resent on a fresh connection); per group ").append(perGroup)
                    .append("; statuses ").append(statuses).append('\n');
            s.append("skipped (").append(skipped.size()).append("):\n");
            skipped.forEach(x -> s.append("  - ").append(x).append('\n'));
            s.append("text variants accepted with 2xx (").append(accepted.size()).append("):\n");
            accepted.stream().limit(50).forEach(x -> s.append("  - ").append(x).append('\n'));
            s.append("database changes after the strict groups: ").append(databaseChanges).append('\n');
            s.append("database changes after the text group: ").append(databaseChangesAfterText).append('\n');
            s.append("failures (").append(failures.size()).append("):\n");
            failures.stream().limit(200).forEach(x -> s.append("  ! ").append(x).append('\n'));
            return s.toString();
        }

        public void assertClean() {
            boolean textChangesExplained = !accepted.isEmpty();
            if (!failures.isEmpty() || !databaseChanges.isEmpty()
                    || (!databaseChangesAfterText.isEmpty() && !textChangesExplained)) {
                throw new AssertionError(summary());
            }
        }
    }

    private record Operation(String method, String path, JsonNode node, Set<String> roles, boolean secured) {
        String id() {
            return method.toUpperCase() + " " + path;
        }
    }

    private record Variant(String group, String name, String role, String bearer, Map<String, String> pathValues,
            Map<String, String> query, String contentType, byte[] body, boolean tolerant) {
    }

    private Report execute() {
        long start = System.nanoTime();
        document = fetchDocument();
        List<Operation> operations = operations();
        report.operations = operations.size();
        Map<String, String> before = stableFingerprint();
        List<Map.Entry<Operation, Variant>> text = new ArrayList<>();
        for (Operation op : operations) {
            for (Variant v : variants(op)) {
                if (v.tolerant) {
                    text.add(Map.entry(op, v));
                } else {
                    send(op, v);
                }
            }
        }
        Map<String, String> afterStrict = stableFingerprint();
        report.databaseChanges = DatabaseFingerprint.differences(before, afterStrict);
        for (Map.Entry<Operation, Variant> e : text) {
            send(e.getKey(), e.getValue());
        }
        Map<String, String> afterText = stableFingerprint();
        report.databaseChangesAfterText = DatabaseFingerprint.differences(afterStrict, afterText);
        report.millis = (System.nanoTime() - start) / 1_000_000;
        return report;
    }

    private Map<String, String> stableFingerprint() {
        Map<String, String>[] last = new Map[] {fingerprint.get()};
        Awaitility.await("a stable database fingerprint").atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(300)).until(() -> {
                    Map<String, String> now = fingerprint.get();
                    boolean same = now.equals(last[0]);
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    private JsonNode fetchDocument() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + r.statusCode());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext();) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (!METHODS.contains(m.getKey())) {
                    continue;
                }
                JsonNode node = m.getValue();
                JsonNode security = node.has("security") ? node.get("security") : document.path("security");
                Set<String> roles = new LinkedHashSet<>();
                boolean secured = false;
                for (JsonNode req : security) {
                    for (Iterator<Map.Entry<String, JsonNode>> schemes = req.fields(); schemes.hasNext();) {
                        secured = true;
                        schemes.next().getValue().forEach(r -> roles.add(r.asText()));
                    }
                }
                ops.add(new Operation(m.getKey(), p.getKey(), node, roles, secured));
            }
        }
        return ops;
    }

    // ------------------------------------------------------------------ variants

    private List<Variant> variants(Operation op) {
        List<Variant> out = new ArrayList<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        List<JsonNode> queryParams = new ArrayList<>();
        for (JsonNode p : op.node.path("parameters")) {
            JsonNode param = resolve(p);
            String in = param.path("in").asText();
            String name = param.path("name").asText();
            JsonNode schema = resolve(param.path("schema"));
            if (in.equals("path")) {
                pathValues.put(name, sampleScalar(schema, name));
            } else if (in.equals("query")) {
                queryParams.add(param);
                if (param.path("required").asBoolean(false)) {
                    query.put(name, sampleScalar(schema, name));
                }
            }
        }
        JsonNode content = resolve(op.node.path("requestBody")).path("content");
        boolean multipart = content.has("multipart/form-data");
        JsonNode jsonSchema = content.has("application/json") ? resolve(content.path("application/json").path("schema"))
                : null;
        boolean streams = streams(op);
        byte[] baseline = jsonSchema == null ? null : bytes(sample(jsonSchema, 0));
        String baseType = jsonSchema == null ? null : "application/json";
        String role = op.roles.isEmpty() ? allRoles.iterator().next() : op.roles.iterator().next();
        if (op.secured && op.roles.isEmpty() && !streams(op)) {
            // The document names no roles (a bearer scheme has no scopes): probe every role with a body that cannot
            // be read (or the baseline when there is no body). 403 means the role is not allowed; the first role
            // answered otherwise is used for the allowed-role variants. Every probe is judged like a wrong role.
            String probeType = jsonSchema != null ? "application/json" : multipart ? "multipart/form-data; boundary=XyZ"
                    : null;
            byte[] probe = jsonSchema != null ? bytes("{\"a\": ") : multipart ? bytes("--XyZ--garbage") : null;
            role = null;
            for (String r : allRoles) {
                int status = send(op, new Variant("role", "role probe " + r, r, token.apply(r), pathValues, query,
                        probeType, probe, false));
                if (status != 403 && role == null) {
                    role = r;
                }
            }
            if (role == null) {
                report.skipped.add(op.id() + ": every role answered 403 to the probe — allowed-role variants skipped");
                return out;
            }
        }

        if (!op.secured) {
            report.skipped.add(op.id() + ": public (no security requirement) — token and field-level body variants "
                    + "skipped; parameter variants and a malformed / empty body without a token must not be 5xx");
            parameterVariants(out, op, role, null, pathValues, query, queryParams, baseType, baseline, true);
            if (content.fields().hasNext()) {
                String type = content.fields().next().getKey();
                out.add(new Variant("text", "public: malformed body", null, null, pathValues, query, type,
                        bytes("{\"a\": "), true));
                out.add(new Variant("text", "public: empty body", null, null, pathValues, query, type, bytes(""),
                        true));
            }
            return out;
        }
        // tokens
        out.add(new Variant("token", "no token", null, null, pathValues, query, baseType, baseline, false));
        out.add(new Variant("token", "garbage bearer", null, "not.a.jwt", pathValues, query, baseType, baseline, false));
        out.add(new Variant("token", "forged " + role, role, forged.apply(role), pathValues, query, baseType, baseline,
                false));
        out.add(new Variant("token", "expired " + role, role, expired.apply(role), pathValues, query, baseType, baseline,
                false));
        if (!op.roles.isEmpty()) {
            for (String other : allRoles) {
                if (!op.roles.contains(other)) {
                    out.add(new Variant("role", "wrong role " + other, other, token.apply(other), pathValues, query,
                            baseType, baseline, false));
                }
            }
        }
        if (streams) {
            report.skipped.add(op.id() + ": text/event-stream — only token and wrong-role variants (an allowed "
                    + "caller's stream stays open by design)");
            return out;
        }
        String bearer = token.apply(role);
        parameterVariants(out, op, role, bearer, pathValues, query, queryParams, baseType, baseline, false);
        if (multipart) {
            report.skipped.add(op.id() + ": multipart/form-data — field-level body variants skipped; a JSON body "
                    + "and a malformed multipart body are sent instead");
            out.add(new Variant("body", "JSON instead of multipart", role, bearer, pathValues, query,
                    "application/json", bytes("{\"a\":1}"), false));
            out.add(new Variant("body", "malformed multipart", role, bearer, pathValues, query,
                    "multipart/form-data; boundary=XyZ", bytes("--XyZ\r\nContent-Disposition: form-data\r\n\r\ngarbage"),
                    false));
            return out;
        }
        if (jsonSchema != null) {
            bodyVariants(out, op, role, bearer, pathValues, query, jsonSchema);
        }
        return out;
    }

    private void parameterVariants(List<Variant> out, Operation op, String role, String bearer,
            Map<String, String> pathValues, Map<String, String> query, List<JsonNode> queryParams, String baseType,
            byte[] baseline, boolean lenient) {
        for (String name : pathValues.keySet()) {
            JsonNode param = parameter(op, "path", name);
            JsonNode schema = resolve(param.path("schema"));
            List<String> bad = new ArrayList<>();
            if ("uuid".equals(schema.path("format").asText())) {
                bad.add("not-a-uuid");
            }
            if (schema.has("enum")) {
                bad.add("NOT_A_VALUE");
            }
            if (isNumeric(schema)) {
                bad.add("abc");
                bad.add("99999999999999999999");
            }
            bad.add(INJECTIONS.get(0));
            bad.add(INJECTIONS.get(3));
            for (String value : bad) {
                Map<String, String> pv = new LinkedHashMap<>(pathValues);
                pv.put(name, value);
                out.add(new Variant("parameter", "path " + name + "=" + value, role, bearer, pv, query, baseType,
                        baseline, lenient));
            }
        }
        int fields = 0;
        for (JsonNode param : queryParams) {
            if (fields++ >= fieldCap) {
                break;
            }
            String name = param.path("name").asText();
            JsonNode schema = resolve(param.path("schema"));
            List<String> bad = new ArrayList<>();
            List<String> text = new ArrayList<>();
            if (isNumeric(schema)) {
                bad.add("abc");
                bad.add("99999999999999999999");
                if (schema.has("minimum") || "integer".equals(schema.path("type").asText())) {
                    bad.add("-1");
                }
                if ("integer".equals(schema.path("type").asText())) {
                    bad.add("1.5");
                }
            } else if ("boolean".equals(schema.path("type").asText())) {
                bad.add("maybe");
            } else if (schema.has("enum")) {
                bad.add("NOT_A_VALUE");
            } else if ("date".equals(schema.path("format").asText())) {
                bad.add("2026-13-45");
            } else if ("date-time".equals(schema.path("format").asText())) {
                bad.add("yesterday");
            } else if ("uuid".equals(schema.path("format").asText())) {
                bad.add("not-a-uuid");
            } else if ("array".equals(schema.path("type").asText())) {
                JsonNode items = resolve(schema.path("items"));
                if (items.has("enum")) {
                    bad.add("NOT_A_VALUE");
                } else {
                    text.addAll(INJECTIONS);
                }
            } else {
                text.addAll(INJECTIONS);
                text.add("\u202Eabc\u200D\uD83D\uDE00");
                text.add("x".repeat(2000));
            }
            for (String value : bad) {
                Map<String, String> q = new LinkedHashMap<>(query);
                q.put(name, value);
                out.add(new Variant("parameter", "query " + name + "=" + abbreviate(value), role, bearer, pathValues, q,
                        baseType, baseline, lenient));
            }
            for (String value : text) {
                Map<String, String> q = new LinkedHashMap<>(query);
                q.put(name, value);
                out.add(new Variant("text", "query " + name + "=" + abbreviate(value), role, bearer, pathValues, q,
                        baseType, baseline, true));
            }
        }
    }

    private void bodyVariants(List<Variant> out, Operation op, String role, String bearer,
            Map<String, String> pathValues, Map<String, String> query, JsonNode schema) {
        String json = "application/json";
        JsonNode sample = sample(schema, 0);
        List<String[]> whole = List.of(new String[] {"malformed JSON", "{\"a\": "},
                new String[] {"not JSON", "this is not json"}, new String[] {"trailing garbage", "{} {}"},
                new String[] {"empty body", ""}, new String[] {"JSON null", "null"},
                new String[] {"JSON array", "[]"}, new String[] {"JSON string", "\"text\""},
                new String[] {"JSON number", "42"}, new String[] {"deeply nested", "[".repeat(5000) + "]".repeat(5000)});
        for (String[] w : whole) {
            out.add(new Variant("body", w[0], role, bearer, pathValues, query, json, bytes(w[1]), false));
        }
        out.add(new Variant("body", "text/plain content type", role, bearer, pathValues, query, "text/plain",
                bytes(sample), false));
        if (oversizedSent < oversizedBodyOperations) {
            oversizedSent++;
            String filler = "x".repeat((int) Math.min(Integer.MAX_VALUE - 64, maxBodyBytes + 1024));
            out.add(new Variant("body", "oversized body (" + (maxBodyBytes + 1024) + " bytes)", role, bearer, pathValues,
                    query, json, bytes("{\"x\":\"" + filler + "\"}"), false));
        }
        if (!sample.isObject()) {
            return;
        }
        if (!sample.isEmpty()) {
            out.add(new Variant("body", "empty object", role, bearer, pathValues, query, json, bytes("{}"), false));
        }
        // field-level mutations, top level and one nested level, in document order
        List<Field> fields = new ArrayList<>();
        collectFields(schema, "", 0, fields);
        int missing = 0;
        for (Field f : fields) {
            if (f.required && missing++ < fieldCap) {
                out.add(mutation(op, "missing " + f.path, f.path, null, true, role, bearer, pathValues, query, sample));
                out.add(mutation(op, "null " + f.path, f.path, NODES.nullNode(), false, role, bearer, pathValues, query,
                        sample));
            }
        }
        int typed = 0;
        int ranged = 0;
        int longText = 0;
        int text = 0;
        for (Field f : fields) {
            String type = f.schema.path("type").asText();
            if (typed++ < fieldCap) {
                JsonNode wrong = switch (type) {
                    case "string" -> f.schema.has("enum") ? NODES.textNode("NOT_A_VALUE") : NODES.numberNode(12345);
                    case "integer", "number" -> NODES.textNode("abc");
                    case "boolean" -> NODES.textNode("yes");
                    case "array" -> NODES.objectNode().put("a", 1);
                    default -> NODES.arrayNode().add(1);
                };
                out.add(mutation(op, "wrong type " + f.path + "=" + wrong, f.path, wrong, false, role, bearer,
                        pathValues, query, sample));
                if (!type.equals("object")) {
                    JsonNode object = NODES.objectNode().put("nested", true);
                    out.add(mutation(op, "object for " + f.path, f.path, object, false, role, bearer, pathValues,
                            query, sample));
                }
            }
            if ((type.equals("integer") || type.equals("number")) && ranged++ < fieldCap) {
                List<JsonNode> values = new ArrayList<>(List.of(NODES.numberNode(new java.math.BigDecimal("1e400")),
                        NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")),
                        NODES.numberNode(-1)));
                if (type.equals("integer")) {
                    values.add(NODES.numberNode(1.5));
                }
                for (JsonNode v : values) {
                    out.add(mutation(op, "out of range " + f.path + "=" + v, f.path, v, false, role, bearer, pathValues,
                            query, sample));
                }
            }
            if (type.equals("string") && !f.schema.has("enum") && !f.schema.has("format")) {
                if (longText++ < fieldCap) {
                    out.add(mutation(op, "100k chars in " + f.path, f.path, NODES.textNode("x".repeat(100_000)), false,
                            role, bearer, pathValues, query, sample));
                }
            }
            if (type.equals("string") && text++ < fieldCap) {
                for (String s : INJECTIONS) {
                    out.add(textMutation(f.path, s, JSON_QUOTE, role, bearer, pathValues, query, sample));
                }
                for (String s : UNICODE_JSON) {
                    out.add(textMutation(f.path, s, RAW, role, bearer, pathValues, query, sample));
                }
                // a lone surrogate as raw (CESU-8) bytes: not valid UTF-8 at all
                out.add(rawBytesMutation(f.path, role, bearer, pathValues, query, sample));
            }
        }
    }

    private static final boolean JSON_QUOTE = true;
    private static final boolean RAW = false;

    private record Field(String path, JsonNode schema, boolean required) {
    }

    private void collectFields(JsonNode schema, String prefix, int depth, List<Field> out) {
        JsonNode s = resolve(schema);
        Set<String> required = new LinkedHashSet<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode ps = resolve(p.getValue());
            String path = prefix.isEmpty() ? p.getKey() : prefix + "." + p.getKey();
            out.add(new Field(path, ps, required.contains(p.getKey())));
            if (depth < 1 && "object".equals(typeOf(ps))) {
                collectFields(ps, path, depth + 1, out);
            }
        }
    }

    private Variant mutation(Operation op, String name, String path, JsonNode value, boolean remove, String role,
            String bearer, Map<String, String> pathValues, Map<String, String> query, JsonNode sample) {
        JsonNode copy = sample.deepCopy();
        set(copy, path, value, remove);
        return new Variant("body", name, role, bearer, pathValues, query, "application/json", bytes(copy), false);
    }

    private Variant textMutation(String path, String value, boolean quote, String role, String bearer,
            Map<String, String> pathValues, Map<String, String> query, JsonNode sample) {
        JsonNode copy = sample.deepCopy();
        String marker = "__SWEEP_MARKER__";
        set(copy, path, NODES.textNode(marker), false);
        String body = new String(bytes(copy), StandardCharsets.UTF_8);
        String literal = quote ? NODES.textNode(value).toString() : "\"" + value + "\"";
        body = body.replace("\"" + marker + "\"", literal);
        return new Variant("text", "text " + path + "=" + abbreviate(value), role, bearer, pathValues, query,
                "application/json", bytes(body), true);
    }

    private Variant rawBytesMutation(String path, String role, String bearer, Map<String, String> pathValues,
            Map<String, String> query, JsonNode sample) {
        JsonNode copy = sample.deepCopy();
        String marker = "__SWEEP_MARKER__";
        set(copy, path, NODES.textNode(marker), false);
        byte[] body = bytes(copy);
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        byte[] lone = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        int at = indexOf(body, m);
        byte[] out = new byte[body.length - m.length + lone.length];
        System.arraycopy(body, 0, out, 0, at);
        System.arraycopy(lone, 0, out, at, lone.length);
        System.arraycopy(body, at + m.length, out, at + lone.length, body.length - at - m.length);
        return new Variant("text", "text " + path + "=raw CESU-8 lone surrogate", role, bearer, pathValues, query,
                "application/json", out, true);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("marker not found");
    }

    private static void set(JsonNode root, String path, JsonNode value, boolean remove) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.path(parts[i]);
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        String last = parts[parts.length - 1];
        if (remove) {
            object.remove(last);
        } else {
            object.set(last, value);
        }
    }

    // ------------------------------------------------------------------ sampling

    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            for (JsonNode part : s.get("allOf")) {
                JsonNode p = sample(part, depth);
                if (p.isObject()) {
                    merged.setAll((ObjectNode) p);
                } else {
                    return p;
                }
            }
            return merged;
        }
        if (s.has("oneOf")) {
            return sample(s.get("oneOf").get(0), depth);
        }
        if (s.has("anyOf")) {
            return sample(s.get("anyOf").get(0), depth);
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        switch (typeOf(s)) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (depth > 4) {
                    return o;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    o.set(p.getKey(), sample(p.getValue(), depth + 1));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (depth <= 4) {
                    a.add(sample(s.path("items"), depth + 1));
                }
                return a;
            }
            case "integer" -> {
                return NODES.numberNode(s.has("minimum") ? Math.max(1, s.get("minimum").asLong()) : 1);
            }
            case "number" -> {
                return NODES.numberNode(s.has("minimum") ? Math.max(1, s.get("minimum").asDouble()) : 1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(sampleScalar(s, ""));
            }
        }
    }

    private String sampleScalar(JsonNode schema, String name) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0).asText();
        }
        if (isNumeric(s)) {
            return "1";
        }
        return switch (s.path("format").asText()) {
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            case "date" -> "2026-03-02";
            case "date-time" -> "2026-03-02T09:00:00Z";
            case "email" -> "sweep@example.org";
            case "uri", "url" -> "https://example.org/sweep";
            default -> name.toLowerCase().contains("id") ? new UUID(random.nextLong(), random.nextLong()).toString()
                    : "sample";
        };
    }

    private static String typeOf(JsonNode s) {
        String type = s.path("type").asText("");
        if (type.isEmpty()) {
            if (s.has("properties")) {
                return "object";
            }
            if (s.has("items")) {
                return "array";
            }
            return "string";
        }
        return type;
    }

    private static boolean isNumeric(JsonNode s) {
        String t = s.path("type").asText();
        return t.equals("integer") || t.equals("number");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 10 && n.has("$ref"); i++) {
            String ref = n.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return NODES.objectNode();
            }
            n = document.at(ref.substring(1));
        }
        return n;
    }

    private JsonNode parameter(Operation op, String in, String name) {
        for (JsonNode p : op.node.path("parameters")) {
            JsonNode param = resolve(p);
            if (in.equals(param.path("in").asText()) && name.equals(param.path("name").asText())) {
                return param;
            }
        }
        return NODES.objectNode();
    }

    /**
     * A server-sent-events operation: a response in {@code text/event-stream}, or (SmallRye OpenAPI does not always
     * document the media type of a {@code Multi}) a GET whose path ends in {@code /stream}.
     */
    private static boolean streams(Operation op) {
        return op.node.path("responses").toString().contains("text/event-stream")
                || (op.method.equals("get") && op.path.endsWith("/stream"));
    }

    // ------------------------------------------------------------------ sending and judging

    private int send(Operation op, Variant v) {
        report.requests++;
        report.perGroup.merge(v.group, 1, Integer::sum);
        String label = op.id() + " [" + v.group + ": " + v.name + (v.role == null ? "" : ", as " + v.role) + "]";
        HttpResponse<String> response;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(op, v)).timeout(Duration.ofSeconds(20));
            if (v.bearer != null) {
                b.header("Authorization", "Bearer " + v.bearer);
            }
            b.header("Accept", streams(op) ? "text/event-stream" : "application/json, application/problem+json");
            if (v.body != null && !op.method.equals("get") && !op.method.equals("delete")) {
                b.header("Content-Type", v.contentType);
                b.method(op.method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(v.body));
            } else if (v.body != null) {
                b.header("Content-Type", v.contentType);
                b.method(op.method.toUpperCase(), HttpRequest.BodyPublishers.ofByteArray(v.body));
            } else {
                b.method(op.method.toUpperCase(), HttpRequest.BodyPublishers.noBody());
            }
            HttpRequest request = b.build();
            try {
                if (v.body != null && v.body.length > 64 * 1024) {
                    return judge(label, v, raw(op, v));
                }
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException first) {
                // a pooled connection the server closed after an earlier "Connection: close" answer: try once more
                report.retries++;
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            report.failures.add(label + ": no answer (" + e + ")");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return judge(label, v, new Answer(response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body()));
    }

    private record Answer(int status, String contentType, String body) {
    }

    /**
     * A large body over a plain socket: the server may answer (413) and close before it has read the whole body,
     * which makes {@link HttpClient} report a broken pipe instead of the answer. Write what the server takes, then
     * read its answer.
     */
    private Answer raw(Operation op, Variant v) throws IOException {
        URI uri = uri(op, v);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            StringBuilder head = new StringBuilder();
            head.append(op.method.toUpperCase()).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Content-Type: ").append(v.contentType).append("\r\n")
                    .append("Content-Length: ").append(v.body.length).append("\r\n")
                    .append("Accept: application/json, application/problem+json\r\n")
                    .append("Connection: close\r\n");
            if (v.bearer != null) {
                head.append("Authorization: Bearer ").append(v.bearer).append("\r\n");
            }
            head.append("\r\n");
            java.io.OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(v.body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered without reading the rest
            }
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("no complete answer: " + abbreviate(text));
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = "";
            boolean chunked = false;
            for (String line : lines) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                }
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            String body = text.substring(end + 4);
            if (chunked) {
                StringBuilder b = new StringBuilder();
                String rest = body;
                while (true) {
                    int nl = rest.indexOf("\r\n");
                    int size = nl < 0 ? 0 : Integer.parseInt(rest.substring(0, nl).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    b.append(rest, nl + 2, nl + 2 + size);
                    rest = rest.substring(nl + 2 + size + 2);
                }
                body = b.toString();
            }
            return new Answer(status, contentType, body);
        }
    }

    private int judge(String label, Variant v, Answer answer) {
        int status = answer.status;
        report.statuses.merge(status, 1, Integer::sum);
        String contentType = answer.contentType;
        String body = answer.body;
        if (status >= 500) {
            report.failures.add(label + ": " + status + " " + abbreviate(body));
            return status;
        }
        if (status < 400) {
            if (v.name.startsWith("role probe ")) {
                return status; // a probe with an allowed role may be served (a GET); a write is caught by the fingerprint
            }
            if (v.tolerant) {
                report.accepted.add(label + ": " + status);
            } else {
                report.failures.add(label + ": accepted with " + status);
            }
            return status;
        }
        if (v.group.equals("token") && status != 401) {
            report.failures.add(label + ": " + status + " instead of 401");
        }
        if (!contentType.startsWith("application/problem+json")) {
            report.failures.add(label + ": " + status + " with Content-Type '" + contentType + "' " + abbreviate(body));
            return status;
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem == null || problem.path("status").asInt(-1) != status) {
                report.failures.add(label + ": problem body without status " + status + ": " + abbreviate(body));
            }
        } catch (IOException e) {
            report.failures.add(label + ": problem body is not JSON: " + abbreviate(body));
        }
        return status;
    }

    private URI uri(Operation op, Variant v) {
        String path = op.path;
        for (Map.Entry<String, String> p : v.pathValues.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", encodePath(p.getValue()));
        }
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, String> e : v.query.entrySet()) {
            q.append(q.length() == 0 ? '?' : '&').append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        String b = base.toString();
        if (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return URI.create(b + path + q);
    }

    private static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…(" + one.length() + " chars)" : one;
    }
}
