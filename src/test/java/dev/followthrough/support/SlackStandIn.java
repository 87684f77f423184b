package dev.followthrough.support;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for Slack's Web API (and for response_url): answers like Slack does and records
 * every call it receives, so tests can assert on exactly what Followthrough sent.
 */
public final class SlackStandIn implements AutoCloseable {

    /** One recorded call: the method ("chat.postMessage", or "response_url") and what it carried. */
    public record Call(String method, Map<String, String> form, JsonObject json, String authorization) {

        /** A parameter, from the form or the JSON body. */
        public String param(String name) {
            if (form.containsKey(name)) {
                return form.get(name);
            }
            return json != null && json.has(name) && !json.get(name).isJsonNull()
                    ? (json.get(name).isJsonPrimitive()
                            ? json.get(name).getAsString()
                            : json.get(name).toString())
                    : null;
        }
    }

    public record User(String timeZone, String locale) {}

    /** A scripted answer: HTTP status, headers and body; a null body means the usual answer. */
    public record Response(int status, Map<String, String> headers, String body) {

        /** What the stand-in answers when nothing is scripted. */
        public static Response usual() {
            return new Response(200, Map.of(), null);
        }

        public static Response json(String body) {
            return new Response(200, Map.of(), body);
        }

        /** {@code {"ok":false,"error":error}} with HTTP 200, as Slack reports most errors. */
        public static Response error(String error) {
            return json("{\"ok\":false,\"error\":\"" + error + "\"}");
        }

        /** HTTP 429 with {@code Retry-After}, as Slack rate-limits. */
        public static Response rateLimited(int retryAfterSeconds) {
            return new Response(
                    429,
                    Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
                    "{\"ok\":false,\"error\":\"ratelimited\"}");
        }

        /** A bare HTTP status, e.g. 500 or 503 during an outage. */
        public static Response status(int status) {
            return new Response(status, Map.of(), "<html><body>Slack is having trouble</body></html>");
        }
    }

    static {
        // Without it each answer's small second write waits out the client's delayed ACK (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** The methods whose messages and views Slack checks against Block Kit's limits. */
    private static final java.util.Set<String> LIMITED = java.util.Set.of(
            "chat.postMessage",
            "chat.update",
            "chat.postEphemeral",
            "views.open",
            "views.update",
            "views.publish",
            "views.push");

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, Queue<Response>> scripts = new ConcurrentHashMap<>();
    private volatile Duration latency = Duration.ZERO;
    private final Map<String, String> refusedChannels = new ConcurrentHashMap<>();
    private volatile String socketModeUrl = "wss://example.invalid/";
    private volatile boolean refusingBeyondLimits;
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final AtomicLong timestamps = new AtomicLong(1_700_000_000_000L);

    public SlackStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.start();
    }

    /** What to set SLACK_API_URL to. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A response_url Slack would put in a payload; calls to it are recorded as "response_url". */
    public String responseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + name;
    }

    public void user(String userId, String timeZone, String locale) {
        users.put(userId, new User(timeZone, locale));
    }

    /**
     * The name users.info gives a user (as display name) or conversations.info a channel; without
     * one, a user is "Person U…" (as full name, no display name) and a channel "channel-c…".
     */
    public void name(String slackId, String name) {
        names.put(slackId, name);
    }

    /** Where apps.connections.open sends a Socket Mode client. */
    public void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    /** Makes every call to {@code method} answer {@code {"ok":false,"error":error}} until reset. */
    public void fail(String method, String error) {
        failures.put(method, error);
    }

    /**
     * Makes the next calls to {@code method} get {@code responses}, one per call in order; after
     * them (and after any scripted before), the usual answers again.
     */
    public void script(String method, Response... responses) {
        scripts.computeIfAbsent(method, unused -> new ConcurrentLinkedQueue<>()).addAll(List.of(responses));
    }

    /** Makes every chat.* call into {@code channelId} fail with {@code error}, like a channel the app is not in. */
    public void refuseChannel(String channelId, String error) {
        refusedChannels.put(channelId, error);
    }

    /**
     * From now on (reset leaves it on) answers what real Slack refuses as Slack does: {@code
     * invalid_blocks} (or {@code msg_too_long}) for a message or view over a Block Kit limit ({@link
     * BlockKitLimits}), HTTP 400 through a response_url. Each refusal is kept in {@link #refusals}.
     */
    public void refuseWhatSlackRefuses() {
        refusingBeyondLimits = true;
    }

    /** What was refused for breaking Block Kit's limits since the last reset, with why. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Makes every Web API call take this long to answer, like a slow Slack. */
    public void latency(Duration duration) {
        latency = duration;
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public void reset() {
        latency = Duration.ZERO;
        refusedChannels.clear();
        calls.clear();
        refusals.clear();
        users.clear();
        names.clear();
        failures.clear();
        scripts.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    private void api(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestURI().getPath().substring("/api/".length());
        var call = record(method, exchange);
        pause(latency);
        var refusal = refusedChannels.get(String.valueOf(call.param("channel")));
        if (refusal != null && method.startsWith("chat.")) {
            reply(exchange, 200, "{\"ok\":false,\"error\":\"" + refusal + "\"}");
            return;
        }
        var script = scripts.get(method);
        var scripted = script == null ? null : script.poll();
        if (scripted != null && scripted.body() != null) {
            reply(exchange, scripted.status(), scripted.headers(), scripted.body());
            return;
        }
        var breaches =
                refusingBeyondLimits && LIMITED.contains(method) ? BlockKitLimits.breaches(call) : List.<String>of();
        if (!breaches.isEmpty()) {
            refusals.add(method + ": " + breaches);
            var tooLong = breaches.stream().allMatch(breach -> breach.startsWith(method + " text:"));
            reply(exchange, 200, "{\"ok\":false,\"error\":\"" + (tooLong ? "msg_too_long" : "invalid_blocks") + "\"}");
            return;
        }
        var failure = failures.get(method);
        if (failure != null) {
            reply(exchange, 200, "{\"ok\":false,\"error\":\"" + failure + "\"}");
            return;
        }
        reply(exchange, 200, answer(method, call));
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        var call = record("response_url", exchange);
        var breaches = refusingBeyondLimits ? BlockKitLimits.breaches(call) : List.<String>of();
        if (!breaches.isEmpty()) {
            refusals.add("response_url: " + breaches);
            reply(exchange, 400, "invalid_blocks");
            return;
        }
        reply(exchange, 200, "ok");
    }

    private Call record(String method, HttpExchange exchange) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var contentType =
                Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Content-Type"), "");
        Map<String, String> form = new LinkedHashMap<>();
        JsonObject json = null;
        if (contentType.startsWith("application/json")) {
            json = JsonParser.parseString(body).getAsJsonObject();
        } else {
            form = parseForm(body);
        }
        var call = new Call(method, form, json, exchange.getRequestHeaders().getFirst("Authorization"));
        calls.add(call);
        return call;
    }

    private String answer(String method, Call call) {
        return switch (method) {
            case "auth.test" ->
                "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\","
                        + "\"user\":\"followthrough\",\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "users.info" -> userInfo(call.param("user"));
            case "conversations.info" -> channelInfo(call.param("channel"));
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + call.param("users") + "\"}}";
            case "chat.postMessage", "chat.update" ->
                "{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\"" + nextTimestamp() + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + nextTimestamp() + "\"}";
            case "chat.getPermalink" ->
                "{\"ok\":true,\"permalink\":\"https://example.slack.com/archives/" + call.param("channel") + "/p"
                        + call.param("message_ts").replace(".", "") + "\"}";
            case "views.open", "views.update", "views.publish", "views.push" ->
                "{\"ok\":true,\"view\":{\"id\":\"V" + nextTimestamp().replace(".", "") + "\",\"hash\":\"h"
                        + nextTimestamp() + "\"}}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    private String userInfo(String userId) {
        var user = users.getOrDefault(userId, new User("America/New_York", "en-US"));
        var displayName = names.getOrDefault(userId, "");
        var realName = "Person " + userId;
        return "{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"team_id\":\"T0001\",\"name\":\"user\","
                + "\"real_name\":\"" + realName + "\",\"profile\":{\"display_name\":\"" + displayName
                + "\",\"real_name\":\"" + realName + "\"}," + "\"tz\":\"" + user.timeZone()
                + "\",\"tz_offset\":0,\"locale\":\"" + user.locale() + "\"}}";
    }

    private String channelInfo(String channelId) {
        var name = names.getOrDefault(channelId, "channel-" + channelId.toLowerCase(java.util.Locale.ROOT));
        return "{\"ok\":true,\"channel\":{\"id\":\"" + channelId + "\",\"name\":\"" + name + "\"}}";
    }

    private String nextTimestamp() {
        var micros = timestamps.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    private static Map<String, String> parseForm(String body) {
        var form = new LinkedHashMap<String, String>();
        for (var pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            var equals = pair.indexOf('=');
            var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        reply(exchange, status, Map.of(), body);
    }

    private static void reply(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (var output = exchange.getResponseBody()) {
            output.write(bytes);
        }
    }

    public List<String> methods() {
        var methods = new ArrayList<String>();
        calls.forEach(call -> methods.add(call.method()));
        return methods;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
