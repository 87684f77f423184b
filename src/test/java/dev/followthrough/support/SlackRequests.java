package dev.followthrough.support;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests to Followthrough exactly as Slack does: form-encoded or JSON bodies, signed with
 * HMAC-SHA256 of {@code v0:timestamp:body}, with Slack's headers. Every request comes from {@link
 * #TEAM} unless {@link #inWorkspace} names another workspace.
 */
public final class SlackRequests {

    public static final String TEAM = "T0001";

    private final int port;
    private final URI endpoint;
    private final String signingSecret;
    private final SlackStandIn slack;
    private final String team;
    private final String enterprise;
    private final HttpClient client = HttpClient.newHttpClient();

    public SlackRequests(int port, String signingSecret, SlackStandIn slack) {
        this(port, signingSecret, slack, TEAM, null);
    }

    private SlackRequests(int port, String signingSecret, SlackStandIn slack, String team, String enterprise) {
        this.port = port;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.signingSecret = signingSecret;
        this.slack = slack;
        this.team = team;
        this.enterprise = enterprise;
    }

    /** The same requests, as Slack sends them from another workspace. */
    public SlackRequests inWorkspace(String teamId) {
        return new SlackRequests(port, signingSecret, slack, teamId, null);
    }

    /** From a workspace of an Enterprise Grid org (installed there or org-wide). */
    public SlackRequests inWorkspace(String enterpriseId, String teamId) {
        return new SlackRequests(port, signingSecret, slack, teamId, enterpriseId);
    }

    public String team() {
        return team;
    }

    /** A browser on Followthrough's own pages (the install flow), keeping its cookies. */
    public InstallBrowser browser() {
        return new InstallBrowser(port);
    }

    /** The fields of a slash command as Slack sends them; change any before sending. */
    public Map<String, String> command(String userId, String channelId, String text) {
        var form = new LinkedHashMap<String, String>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", team);
        form.put("team_domain", "example");
        if (enterprise != null) {
            form.put("enterprise_id", enterprise);
            form.put("enterprise_name", "Org " + enterprise);
        }
        form.put("channel_id", channelId);
        form.put("channel_name", channelId.startsWith("D") ? "directmessage" : "sales");
        form.put("user_id", userId);
        form.put("user_name", "user");
        form.put("command", "/promise");
        form.put("text", text);
        form.put("api_app_id", "A0001");
        form.put("is_enterprise_install", Boolean.toString(orgWide()));
        form.put("response_url", slack.responseUrl("command-" + UUID.randomUUID()));
        form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0" + UUID.randomUUID());
        return form;
    }

    public HttpResponse<String> slashCommand(String userId, String channelId, String text) {
        return send(form(command(userId, channelId, text)), "application/x-www-form-urlencoded", Map.of());
    }

    /** A {@code block_actions} payload for a button on a message. */
    public JsonObject buttonPress(String userId, String channelId, String actionId, String value) {
        var payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        fromUser(payload, userId);
        payload.addProperty("api_app_id", "A0001");
        payload.addProperty("token", "legacy-verification-token");
        payload.addProperty("trigger_id", "13345224609.738474920." + UUID.randomUUID());
        payload.addProperty("response_url", slack.responseUrl("action-" + UUID.randomUUID()));
        var container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", "1700000000.000100");
        container.addProperty("channel_id", channelId);
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        var channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", "sales");
        payload.add("channel", channel);
        var action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "promise_actions");
        action.addProperty("value", value);
        action.addProperty("action_ts", "1700000001.000200");
        var text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", "button");
        action.add("text", text);
        var actions = new com.google.gson.JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return payload;
    }

    /** The same press with a select menu's chosen option instead of a button's value. */
    public JsonObject optionChosen(String userId, String channelId, String actionId, String optionValue) {
        var payload = buttonPress(userId, channelId, actionId, optionValue);
        var action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.remove("value");
        action.addProperty("type", "static_select");
        action.add("selected_option", option(optionValue));
        return payload;
    }

    /**
     * A {@code view_submission}: {@code values} maps block id to the action's value object
     * ({"type":"plain_text_input","value":…}, {"type":"datepicker","selected_date":…}, …).
     */
    public JsonObject viewSubmission(
            String userId, String callbackId, String privateMetadata, Map<String, JsonObject> values) {
        var payload = new JsonObject();
        payload.addProperty("type", "view_submission");
        payload.addProperty("api_app_id", "A0001");
        payload.addProperty("token", "legacy-verification-token");
        payload.addProperty("trigger_id", "13345224609.738474920." + UUID.randomUUID());
        fromUser(payload, userId);
        var state = new JsonObject();
        var stateValues = new JsonObject();
        values.forEach((blockId, value) -> {
            var block = new JsonObject();
            block.add(blockId, value);
            stateValues.add(blockId, block);
        });
        state.add("values", stateValues);
        var view = new JsonObject();
        view.addProperty("id", "V0001");
        view.addProperty("team_id", team);
        view.addProperty("type", "modal");
        view.addProperty("callback_id", callbackId);
        view.addProperty("private_metadata", privateMetadata);
        view.addProperty("hash", "1700000000.abc");
        view.add("state", state);
        payload.add("view", view);
        return payload;
    }

    /** A {@code block_actions} from an input in an open form (dispatch_action), with its view. */
    public JsonObject actionInView(String userId, JsonObject view, String actionId, String value) {
        var payload = buttonPress(userId, "C200", actionId, value);
        payload.remove("channel");
        var container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", view.get("id").getAsString());
        payload.add("container", container);
        payload.add("view", view);
        var action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("type", "plain_text_input");
        action.addProperty("block_id", "deadline");
        return payload;
    }

    private static JsonObject option(String optionValue) {
        var option = new JsonObject();
        option.addProperty("value", optionValue);
        var text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", optionValue);
        option.add("text", text);
        return option;
    }

    /** The user, team and enterprise every interaction payload names. */
    private void fromUser(JsonObject payload, String userId) {
        var user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", "user");
        user.addProperty("team_id", team);
        payload.add("user", user);
        var teamObject = new JsonObject();
        teamObject.addProperty("id", team);
        teamObject.addProperty("domain", "example");
        payload.add("team", teamObject);
        if (enterprise != null) {
            var enterpriseObject = new JsonObject();
            enterpriseObject.addProperty("id", enterprise);
            enterpriseObject.addProperty("name", "Org " + enterprise);
            payload.add("enterprise", enterpriseObject);
        }
        payload.addProperty("is_enterprise_install", orgWide());
    }

    /** Whether the stand-in knows this workspace's app only through an org-wide install. */
    private boolean orgWide() {
        return slack.installedIn(enterprise, team)
                .map(SlackStandIn.Workspace::enterpriseInstall)
                .orElse(false);
    }

    /**
     * An Events API envelope around {@code event}, with the {@code authorizations} Slack adds:
     * the bot the stand-in registered for this workspace (or its org-wide install), else UBOT.
     */
    public JsonObject eventCallback(JsonObject event) {
        var envelope = new JsonObject();
        envelope.addProperty("token", "legacy-verification-token");
        envelope.addProperty("team_id", team);
        if (enterprise != null) {
            envelope.addProperty("enterprise_id", enterprise);
        }
        envelope.addProperty("api_app_id", SlackStandIn.APP_ID);
        envelope.add("event", event);
        envelope.addProperty("type", "event_callback");
        envelope.addProperty(
                "event_id",
                "Ev"
                        + UUID.randomUUID()
                                .toString()
                                .replace("-", "")
                                .substring(0, 10)
                                .toUpperCase(java.util.Locale.ROOT));
        envelope.addProperty("event_time", Instant.now().getEpochSecond());
        var authorization = new JsonObject();
        if (enterprise != null) {
            authorization.addProperty("enterprise_id", enterprise);
        }
        authorization.addProperty("team_id", orgWide() ? null : team);
        authorization.addProperty(
                "user_id",
                slack.installedIn(enterprise, team)
                        .map(SlackStandIn.Workspace::botUserId)
                        .orElse("UBOT"));
        authorization.addProperty("is_bot", true);
        authorization.addProperty("is_enterprise_install", orgWide());
        var authorizations = new com.google.gson.JsonArray();
        authorizations.add(authorization);
        envelope.add("authorizations", authorizations);
        envelope.addProperty("is_ext_shared_channel", false);
        return envelope;
    }

    /** Delivers an Events API envelope as JSON, signed. */
    public HttpResponse<String> event(JsonObject envelope) {
        return send(envelope.toString(), "application/json", Map.of());
    }

    public static JsonObject typed(String text) {
        var value = new JsonObject();
        value.addProperty("type", "plain_text_input");
        value.addProperty("value", text);
        return value;
    }

    public static JsonObject pickedUser(String userId) {
        var value = new JsonObject();
        value.addProperty("type", "users_select");
        value.addProperty("selected_user", userId);
        return value;
    }

    public static JsonObject pickedConversation(String channelId) {
        var value = new JsonObject();
        value.addProperty("type", "conversations_select");
        value.addProperty("selected_conversation", channelId);
        return value;
    }

    public static JsonObject pickedOption(String optionValue) {
        var value = new JsonObject();
        value.addProperty("type", "radio_buttons");
        value.add("selected_option", option(optionValue));
        return value;
    }

    public static JsonObject checked(String... optionValues) {
        var value = new JsonObject();
        value.addProperty("type", "checkboxes");
        var options = new com.google.gson.JsonArray();
        for (var optionValue : optionValues) {
            options.add(option(optionValue));
        }
        value.add("selected_options", options);
        return value;
    }

    public static JsonObject pickedDate(String isoDate) {
        var value = new JsonObject();
        value.addProperty("type", "datepicker");
        value.addProperty("selected_date", isoDate);
        return value;
    }

    public static JsonObject pickedTime(String time) {
        var value = new JsonObject();
        value.addProperty("type", "timepicker");
        value.addProperty("selected_time", time);
        return value;
    }

    public HttpResponse<String> interaction(JsonObject payload) {
        return send(form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded", Map.of());
    }

    public HttpResponse<String> send(String body, String contentType, Map<String, String> extraHeaders) {
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Slack-Request-Timestamp", timestamp);
        headers.put("X-Slack-Signature", sign(timestamp, body));
        headers.putAll(extraHeaders);
        return sendRaw(body, contentType, headers);
    }

    /** Sends exactly the headers given: for tests of what happens when they are wrong. */
    public HttpResponse<String> sendRaw(String body, String contentType, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("Request to Followthrough failed", failed);
        }
    }

    /** Signed as Slack would, but with the timestamp given (to test the window around now). */
    public HttpResponse<String> sendSignedAt(Instant timestamp, String body, String contentType) {
        var seconds = Long.toString(timestamp.getEpochSecond());
        return sendRaw(
                body,
                contentType,
                Map.of("X-Slack-Request-Timestamp", seconds, "X-Slack-Signature", sign(seconds, body)));
    }

    /**
     * What came back to a request sent over a bare socket: the status (0 when the connection ended
     * without one) and how many body bytes had gone out when it came.
     */
    public record RawAnswer(int status, long bodyBytesSentBeforeTheAnswer) {}

    /**
     * Posts a body of {@code bodyBytes} bytes, declared with Content-Length or sent chunked, and stops
     * sending once the service answers. With {@code sendBody} false only the headers go out: an
     * answer then proves the body was never waited for.
     */
    public RawAnswer sendLargeBody(long bodyBytes, boolean chunked, boolean sendBody, Map<String, String> headers) {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            var head = new StringBuilder("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                    .append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodyBytes + "\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var sent = new java.util.concurrent.atomic.AtomicLong();
            var sender = new Thread(() -> sendBody(out, bodyBytes, chunked, sent), "large-body-sender");
            sender.setDaemon(true);
            if (sendBody) {
                sender.start();
            }
            var status = readStatus(socket.getInputStream());
            var sentBeforeTheAnswer = sent.get();
            return new RawAnswer(status, sentBeforeTheAnswer);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Writes {@code request} to the service's socket as is and returns all it answers until it hangs up. */
    public String exchangeRaw(String request) {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void sendBody(
            java.io.OutputStream out, long bodyBytes, boolean chunked, java.util.concurrent.atomic.AtomicLong sent) {
        var chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try {
            while (sent.get() < bodyBytes) {
                var length = (int) Math.min(chunk.length, bodyBytes - sent.get());
                if (chunked) {
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(chunk, 0, length);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                sent.addAndGet(length);
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closedByTheService) {
            // Expected: the service answered and hung up without reading the rest.
        }
    }

    private static int readStatus(java.io.InputStream in) {
        try {
            var line = new StringBuilder();
            for (int character = in.read(); character >= 0 && character != '\n'; character = in.read()) {
                line.append((char) character);
            }
            var parts = line.toString().split(" ");
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : 0;
        } catch (IOException connectionEnded) {
            return 0;
        }
    }

    public String sign(String timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
