package dev.followthrough.lifecycle;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Promises made and buttons pressed the way Slack sends them, from a message or from App Home. */
final class Presses {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String CHANNEL = "C200";

    private final RunningFollowthrough followthrough;

    Presses(RunningFollowthrough followthrough) {
        this.followthrough = followthrough;
    }

    void fresh() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    /** Made by U100 with {@code /promise}; answers the summary's blocks. */
    JsonArray promise(String text) {
        var answer = followthrough.requests.slashCommand("U100", CHANNEL, text);
        followthrough.awaitSettled();
        return JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("blocks");
    }

    long lastId() {
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    JsonObject press(String userId, String channel, String actionId, String value, boolean onHome) {
        var payload = actionId.equals(Action.SNOOZE.id())
                ? followthrough.requests.optionChosen(userId, channel, actionId, value)
                : followthrough.requests.buttonPress(userId, channel, actionId, value);
        if (onHome) {
            var container = new JsonObject();
            container.addProperty("type", "view");
            container.addProperty("view_id", "VHOME");
            payload.add("container", container);
            payload.remove("response_url");
        }
        followthrough.requests.interaction(payload);
        return payload;
    }

    JsonObject press(String userId, Action action, long id, boolean onHome) {
        return press(userId, onHome ? "D100" : CHANNEL, action.id(), ActionValues.of(id), onHome);
    }

    SlackStandIn.Call awaitCall(String method, Predicate<SlackStandIn.Call> matching) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls(method).stream().anyMatch(matching));
        return followthrough.slack.calls(method).stream()
                .filter(matching)
                .reduce((first, last) -> last)
                .orElseThrow();
    }

    SlackStandIn.Call awaitDirectMessageTo(String userId) {
        return awaitCall("chat.postMessage", call -> userId.equals(call.param("channel")));
    }

    String status(long id) {
        return followthrough
                .strings("SELECT status FROM commitments WHERE id = " + id)
                .get(0);
    }

    List<String> events(long id) {
        return followthrough.strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id + " ORDER BY id");
    }

    /** The value of the first button with {@code action} in {@code blocks}. */
    static Optional<String> buttonValue(JsonArray blocks, Action action) {
        for (var element : blocks) {
            var block = element.getAsJsonObject();
            if (!block.has("elements")) {
                continue;
            }
            for (var item : block.getAsJsonArray("elements")) {
                var button = item.getAsJsonObject();
                if (button.has("action_id")
                        && action.id().equals(button.get("action_id").getAsString())) {
                    return Optional.of(button.get("value").getAsString());
                }
            }
        }
        return Optional.empty();
    }

    static JsonArray blocksOf(SlackStandIn.Call call) {
        return JsonParser.parseString(call.param("blocks")).getAsJsonArray();
    }

    /** Asks for App Home as U100 opening it would, and answers the published view's blocks. */
    JsonArray home() {
        followthrough.slack.reset();
        var event = """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"Ev%d","event_time":1700000000,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"app_home_opened","user":"U100","channel":"D0001","tab":"home",\
                "event_ts":"1700000000.000100"}}""".formatted(System.nanoTime());
        followthrough.requests.send(event, "application/json", Map.of());
        var view = JsonParser.parseString(
                        awaitCall("views.publish", call -> true).param("view"))
                .getAsJsonObject();
        return view.getAsJsonArray("blocks");
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
