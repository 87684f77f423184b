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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A local stand-in for Slack's Web API (and for response_url): answers like Slack does and records
 * every call it receives, so tests can assert on exactly what Followthrough sent.
 */
public final class SlackStandIn implements AutoCloseable {

    /**
     * One recorded call: the method ("chat.postMessage", or "response_url"), what it carried, and
     * the workspace its token belongs to ({@link #DEFAULT_TEAM} while none is registered, null for
     * a token the stand-in refused or a response_url).
     */
    public record Call(
            String method,
            Map<String, String> form,
            JsonObject json,
            String authorization,
            String team,
            Instant receivedAt) {

        /** A call as a test builds one to check it, attributed to no workspace. */
        public Call(String method, Map<String, String> form, JsonObject json, String authorization) {
            this(method, form, json, authorization, null, Instant.now());
        }

        /** The token it was sent with: the {@code Authorization: Bearer} one, else a {@code token} field. */
        public String token() {
            if (authorization != null && authorization.startsWith("Bearer ")) {
                return authorization.substring("Bearer ".length()).trim();
            }
            return form.get("token");
        }

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

    /**
     * A workspace Slack knows the app in. An org-wide install has no team of its own ({@code teamId}
     * null) and answers for every workspace of its enterprise.
     */
    public record Workspace(
            String teamId,
            String teamName,
            String enterpriseId,
            String enterpriseName,
            boolean enterpriseInstall,
            String botUserId,
            String botId,
            String appId) {

        /** A workspace on its own, named and with bot ids derived from its id. */
        public static Workspace of(String teamId) {
            return new Workspace(teamId, "Team " + teamId, null, null, false, "UB" + teamId, "BB" + teamId, APP_ID);
        }

        /** A workspace of an Enterprise Grid org, installed in that workspace only. */
        public static Workspace inEnterprise(String enterpriseId, String teamId) {
            return new Workspace(
                    teamId,
                    "Team " + teamId,
                    enterpriseId,
                    "Org " + enterpriseId,
                    false,
                    "UB" + teamId,
                    "BB" + teamId,
                    APP_ID);
        }

        /** The app installed across a whole org: one token for all its workspaces. */
        public static Workspace orgWide(String enterpriseId) {
            return new Workspace(
                    null,
                    null,
                    enterpriseId,
                    "Org " + enterpriseId,
                    true,
                    "UB" + enterpriseId,
                    "BB" + enterpriseId,
                    APP_ID);
        }
    }

    /** What the stand-in answered a Web API call, and when: a call is taken when it arrives, answered after the latency. */
    public record Reply(Call call, int status, boolean ok, Instant answeredAt) {}

    /** chat.postMessage calls a limit let through, and those it answered 429. */
    public record PostCounts(long allowed, long limited) {}

    /** The team every answer names while no workspace is registered. */
    public static final String DEFAULT_TEAM = "T0001";

    public static final String APP_ID = "A0001";

    /** The client credentials oauth.v2.access accepts unless a test sets others. */
    public static final String CLIENT_ID = "1111.2222";

    public static final String CLIENT_SECRET = "stand-in-client-secret";

    /** What an install grants unless a test says otherwise: the manifest's bot scopes. */
    public static final String BOT_SCOPES =
            "commands,chat:write,chat:write.public,im:write,im:history,users:read,channels:read";

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
    // Lock-free and in arrival order: a copy-on-write list would copy itself on every call of a burst.
    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    // Requests are read and recorded by a few threads, so a burst's calls don't queue behind one.
    private final ExecutorService reading = Executors.newFixedThreadPool(4, runnable -> {
        var thread = new Thread(runnable, "slack-stand-in-requests");
        thread.setDaemon(true);
        return thread;
    });
    // Answers wait out the latency here, so a slow Slack holds no thread per call in flight; one
    // thread decides them (limits, scripts, failures) one at a time, in arrival order, as they go out.
    private final ScheduledExecutorService answering = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "slack-stand-in-answers");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Function<Call, String> teamOfUnregisteredCall = call -> DEFAULT_TEAM;
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, Queue<Response>> scripts = new ConcurrentHashMap<>();
    private volatile Duration latency = Duration.ZERO;
    private final java.util.concurrent.atomic.AtomicInteger callsAtOnce =
            new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostCallsAtOnce =
            new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, String> refusedChannels = new ConcurrentHashMap<>();
    private volatile boolean refusingBeyondLimits;
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final StandInAnswers answers = new StandInAnswers();
    private final StandInWorkspaces workspaces = new StandInWorkspaces();
    private final StandInOAuth oauth = new StandInOAuth(workspaces);
    private final StandInLimits limits = new StandInLimits(System::nanoTime);

    public SlackStandIn() throws IOException {
        // A burst opens hundreds of connections at once: the default backlog of 50 would drop some.
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(reading);
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
        answers.users.put(userId, new User(timeZone, locale));
    }

    /**
     * The name users.info gives a user (as display name) or conversations.info a channel; without
     * one, a user is "Person U…" (as full name, no display name) and a channel "channel-c…".
     */
    public void name(String slackId, String name) {
        answers.names.put(slackId, name);
    }

    /** Where apps.connections.open sends a Socket Mode client. */
    public void socketModeUrl(String url) {
        answers.socketModeUrl = url;
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

    /**
     * Whose a call is while no workspace is registered (one token for every team, as in
     * single-workspace mode): {@link #DEFAULT_TEAM} unless a test names the team from the call, e.g.
     * from its channel, so that calls are attributed and limited per workspace all the same.
     */
    public void teamOfUnregisteredCalls(Function<Call, String> teamOfCall) {
        teamOfUnregisteredCall = teamOfCall;
    }

    /**
     * Registers a workspace and its bot token. From the first registration until {@link #reset()},
     * every Web API call must carry a registered token: others get {@code invalid_auth}.
     */
    public Workspace workspace(String teamId, String botToken) {
        return workspace(Workspace.of(teamId), botToken);
    }

    /** A workspace of an Enterprise Grid org with a token of its own. */
    public Workspace enterpriseWorkspace(String enterpriseId, String teamId, String botToken) {
        return workspace(Workspace.inEnterprise(enterpriseId, teamId), botToken);
    }

    /** An org-wide install: one token that acts in every workspace of the enterprise. */
    public Workspace orgWideInstall(String enterpriseId, String botToken) {
        return workspace(Workspace.orgWide(enterpriseId), botToken);
    }

    public Workspace workspace(Workspace workspace, String botToken) {
        workspaces.add(botToken, workspace);
        return workspace;
    }

    /** The token answers {@code token_revoked} from now on, as after a tokens_revoked event. */
    public void revoke(String botToken) {
        workspaces.refuse(botToken, "token_revoked");
    }

    /** The token answers {@code token_expired} from now on, as a rotated token past its 12 hours. */
    public void expire(String botToken) {
        workspaces.refuse(botToken, "token_expired");
    }

    /** Every token of the workspace (or of the org-wide install) is revoked, as when the app is uninstalled. */
    public void uninstall(String teamOrEnterpriseId) {
        workspaces.refuseAllOf(teamOrEnterpriseId, "token_revoked");
    }

    /** The tokens that work for a workspace installed on its own, e.g. the one an install was given. */
    public List<String> tokensOf(String teamId) {
        return workspaces.tokensOf(teamId);
    }

    /** The install acting in a workspace: its own, else its enterprise's org-wide one (enterprise may be null). */
    public java.util.Optional<Workspace> installedIn(String enterpriseId, String teamId) {
        return workspaces.installedIn(enterpriseId, teamId);
    }

    /**
     * The code Slack puts on the redirect once {@code userId} approves installing the app in the
     * workspace; oauth.v2.access takes it once.
     */
    public String authorizationCode(String teamId, String userId) {
        return authorizationCode(Workspace.of(teamId), userId);
    }

    public String authorizationCode(Workspace workspace, String userId) {
        return oauth.issueCode(workspace, userId);
    }

    /** The client credentials oauth.v2.access accepts (by default {@link #CLIENT_ID}, {@link #CLIENT_SECRET}). */
    public void oauthClient(String clientId, String clientSecret) {
        oauth.client(clientId, clientSecret);
    }

    /** The scopes oauth.v2.access says were granted (by default {@link #BOT_SCOPES}). */
    public void grantedScopes(String commaSeparatedScopes) {
        oauth.scopes(commaSeparatedScopes);
    }

    /**
     * Turns token rotation on, as the app's Slack setting does: installs and refreshes then give a
     * refresh token and {@code expires_in}; a refresh makes the token it replaces answer
     * {@code token_expired}.
     */
    public void rotateTokens(Duration expiresIn) {
        oauth.rotation(expiresIn);
    }

    /**
     * Limits chat.postMessage per channel (of a workspace), like Slack's about one a second with
     * short bursts; beyond it, HTTP 429 with {@code Retry-After}. Off until set; reset turns it off.
     */
    public void limitPostsPerChannel(double perSecond, int burst) {
        limits.perChannel(new StandInLimits.Rate(perSecond, burst));
    }

    /** Limits chat.postMessage across a whole workspace. */
    public void limitPostsPerWorkspace(double perMinute, int burst) {
        limits.perWorkspace(new StandInLimits.Rate(perMinute / 60, burst));
    }

    /** What the limits did to one channel's posts. */
    public PostCounts postsToChannel(String teamId, String channelId) {
        return limits.channel(teamId, channelId);
    }

    /** What the limits did to one workspace's posts. */
    public PostCounts postsInWorkspace(String teamId) {
        return limits.workspace(teamId);
    }

    public void reset() {
        workspaces.clear();
        oauth.clear();
        limits.clear();
        latency = Duration.ZERO;
        teamOfUnregisteredCall = call -> DEFAULT_TEAM;
        mostCallsAtOnce.set(0);
        refusedChannels.clear();
        calls.clear();
        replies.clear();
        refusals.clear();
        answers.clear();
        failures.clear();
        scripts.clear();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** Every Web API call answered so far, in the order answered, with its answer's status. */
    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    /** The calls sent with this token, refused ones included. */
    public List<Call> callsWithToken(String token) {
        return calls.stream().filter(call -> token.equals(call.token())).toList();
    }

    private void api(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestURI().getPath().substring("/api/".length());
        var call = record(method, exchange);
        // A call is in flight from its arrival until it is answered, latency included.
        mostCallsAtOnce.accumulateAndGet(callsAtOnce.incrementAndGet(), Math::max);
        answering.schedule(
                () -> {
                    try {
                        answer(exchange, method, call);
                    } catch (IOException | RuntimeException clientGone) {
                        // The caller gave up waiting (a timeout): nothing is left to answer.
                        exchange.close();
                    } finally {
                        callsAtOnce.decrementAndGet();
                    }
                },
                latency.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    /** The Web API calls the stand-in is answering now. */
    public int callsInFlight() {
        return callsAtOnce.get();
    }

    /** The most Web API calls the stand-in was answering at one moment since the last reset. */
    public int mostCallsAtOnce() {
        return mostCallsAtOnce.get();
    }

    private void answer(HttpExchange exchange, String method, Call call) throws IOException {
        var response = response(method, call);
        replies.add(new Reply(
                call,
                response.status(),
                response.status() == 200 && response.body().startsWith("{\"ok\":true"),
                Instant.now()));
        reply(exchange, response.status(), response.headers(), response.body());
    }

    private Response response(String method, Call call) {
        if (method.equals("oauth.v2.access")) {
            return Response.json(oauth.access(call));
        }
        var lookup = lookup(method, call);
        if (lookup instanceof StandInWorkspaces.Refused refused) {
            return Response.error(refused.error());
        }
        var retryAfter =
                method.equals("chat.postMessage") ? limits.take(call.team(), String.valueOf(call.param("channel"))) : 0;
        if (retryAfter > 0) {
            return Response.rateLimited((int) retryAfter);
        }
        var refusal = refusedChannels.get(String.valueOf(call.param("channel")));
        if (refusal != null && method.startsWith("chat.")) {
            return Response.error(refusal);
        }
        var script = scripts.get(method);
        var scripted = script == null ? null : script.poll();
        if (scripted != null && scripted.body() != null) {
            return scripted;
        }
        var breaches =
                refusingBeyondLimits && LIMITED.contains(method) ? BlockKitLimits.breaches(call) : List.<String>of();
        if (!breaches.isEmpty()) {
            refusals.add(method + ": " + breaches);
            var tooLong = breaches.stream().allMatch(breach -> breach.startsWith(method + " text:"));
            return Response.error(tooLong ? "msg_too_long" : "invalid_blocks");
        }
        var failure = failures.get(method);
        if (failure != null) {
            return Response.error(failure);
        }
        return Response.json(answers.answer(method, call, lookup));
    }

    /** App-level tokens (Socket Mode's {@code xapp-}) aren't workspace tokens: the registry doesn't judge them. */
    private StandInWorkspaces.Lookup lookup(String method, Call call) {
        var token = call.token();
        if (method.equals("apps.connections.open") || (token != null && token.startsWith("xapp-"))) {
            return new StandInWorkspaces.Unregistered();
        }
        return workspaces.lookup(token);
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
        var authorization = exchange.getRequestHeaders().getFirst("Authorization");
        var unattributed = new Call(method, form, json, authorization);
        var call = new Call(method, form, json, authorization, teamOf(method, unattributed), unattributed.receivedAt());
        calls.add(call);
        return call;
    }

    private String teamOf(String method, Call call) {
        if (method.equals("response_url") || method.equals("oauth.v2.access")) {
            return null;
        }
        var lookup = lookup(method, call);
        if (lookup instanceof StandInWorkspaces.Known known) {
            var workspace = known.workspace();
            // An org-wide token names the workspace it acts in with team_id, as Slack requires.
            return workspace.teamId() != null
                    ? workspace.teamId()
                    : Objects.requireNonNullElse(call.param("team_id"), workspace.enterpriseId());
        }
        return lookup instanceof StandInWorkspaces.Unregistered ? teamOfUnregisteredCall.apply(call) : null;
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
        answering.shutdownNow();
        reading.shutdownNow();
    }
}
