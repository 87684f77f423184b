package dev.followthrough.digest;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The score after each way a promise can change, pressed and typed as a user would: `/promise`,
 * its buttons, the forms, then `/promise score`. Buttons and fields are found by what they say, as
 * a person finds them.
 */
class ScoreAfterEveryChangeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String NOTHING_CAME_DUE = "*This week* · you\\n— (nothing came due)";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        // Monday 23 November 2026, 10:00 in New York: the whole test stays inside this week.
        setClock("2026-11-23T10:00");
        new Seeds(followthrough.jdbi).user("U100", "America/New_York");
    }

    @Test
    void aSoftPromiseGivenADateByEditIsCountedOnceItComesDue() {
        var summary = promise("call the CFO back soon");
        edit(summary, "call the CFO back", "tomorrow 5pm");

        setClock("2026-11-24T16:00");
        assertThat(scoreCard()).contains(NOTHING_CAME_DUE);

        setClock("2026-11-24T17:30");
        assertThat(scoreCard()).contains("*This week* · you\\n0 of 1 · 0%\\nmissed, still open 1");
    }

    @Test
    void aDeadlineMovedLaterByEditIsNotMissedAtTheOldTime() {
        var summary = promise("send Acme the deck by tomorrow 5pm");
        edit(summary, "send Acme the deck", "Fri 2pm");

        setClock("2026-11-25T10:00");
        assertThat(scoreCard())
                .as("past the old deadline, still on time for the new one")
                .contains(NOTHING_CAME_DUE);

        press(summary, "Mark done");
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        followthrough.strings("SELECT status FROM commitments").contains("KEPT"));
        assertThat(scoreCard()).contains("*This week* · you\\n1 of 1 · 100%\\nkept on time 1");
    }

    @Test
    void aPromiseCancelledAfterItsDeadlineHasALineOfItsOwnAndTheLinesAddUp() {
        promise("send the pricing by today 11am");
        promise("book the demo by Fri 2pm");

        setClock("2026-11-23T12:00");
        cancel("send the pricing");
        cancel("book the demo");

        var card = scoreCard();
        assertThat(card)
                .contains("*This week* · you\\n0 of 1 · 0%\\ncancelled after the deadline 1\"")
                .doesNotContain("cancelled in time");
    }

    @Test
    void aDeadlineAFewMinutesAgoIsStillInsideTheGracePeriodNotMissed() {
        promise("send the pricing by today 11am");

        setClock("2026-11-23T11:03");
        assertThat(scoreCard()).contains(NOTHING_CAME_DUE).doesNotContain("missed");

        setClock("2026-11-23T11:15");
        assertThat(scoreCard()).contains("*This week* · you\\n0 of 1 · 0%\\nmissed, still open 1");
    }

    private JsonObject promise(String text) {
        var answer = followthrough.requests.slashCommand("U100", "D100", text);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private void edit(JsonObject summary, String what, String deadline) {
        followthrough.slack.reset();
        press(summary, "Edit");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var form = JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
        var values = new HashMap<String, JsonObject>();
        values.put(inputLabelled(form, "What's the next step?"), typed(what));
        values.put(inputLabelled(form, "By when?"), typed(deadline));
        var saved = submit(form, values);
        assertThat(saved.statusCode()).isEqualTo(200);
        // Saved: the form shows what changed in its place.
        assertThat(saved.body()).contains("\"response_action\":\"update\"");
    }

    private void cancel(String what) {
        followthrough.slack.reset();
        var list = promise("cancel");
        var row = rowAbout(list, what);
        press(row, "Cancel…");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var form = JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
        var saved = submit(form, Map.of(inputLabelled(form, "Why? (optional)"), typed("no longer needed")));
        assertThat(saved.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.number("SELECT count(*) FROM commitment_events WHERE kind = 'CANCELLED'"
                                + " AND reason = 'no longer needed'")
                        > 0);
    }

    private String scoreCard() {
        var answer = followthrough.requests.slashCommand("U100", "D100", "score");
        return JsonParser.parseString(answer.body())
                .getAsJsonObject()
                .get("blocks")
                .toString();
    }

    private void press(JsonElement message, String label) {
        var button =
                find(message, label).orElseThrow(() -> new AssertionError("no button " + label + " in " + message));
        followthrough.requests.interaction(followthrough.requests.buttonPress(
                "U100",
                "D100",
                button.get("action_id").getAsString(),
                button.get("value").getAsString()));
    }

    private java.net.http.HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        var payload = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values);
        payload.getAsJsonObject("view").addProperty("id", "V0001");
        return followthrough.requests.interaction(payload);
    }

    /** The first button labelled {@code label} anywhere in {@code json}. */
    private static Optional<JsonObject> find(JsonElement json, String label) {
        if (json.isJsonArray()) {
            for (var element : json.getAsJsonArray()) {
                var found = find(element, label);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (json.isJsonObject()) {
            var object = json.getAsJsonObject();
            if (object.has("type")
                    && object.get("type").getAsString().equals("button")
                    && object.getAsJsonObject("text").get("text").getAsString().equals(label)) {
                return Optional.of(object);
            }
            for (var entry : object.entrySet()) {
                var found = find(entry.getValue(), label);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The block of a list whose text mentions {@code what}, with the blocks up to the next row. */
    private static JsonElement rowAbout(JsonObject list, String what) {
        var blocks = list.getAsJsonArray("blocks");
        var row = new com.google.gson.JsonArray();
        var inRow = false;
        for (var block : blocks) {
            var text = block.toString();
            if (block.getAsJsonObject().has("text") && text.contains(what)) {
                inRow = true;
            } else if (inRow && block.getAsJsonObject().has("text")) {
                break;
            }
            if (inRow) {
                row.add(block);
            }
        }
        assertThat(row.isEmpty()).as("a row about " + what + " in " + list).isFalse();
        return row;
    }

    private static String inputLabelled(JsonObject form, String label) {
        for (var block : form.getAsJsonArray("blocks")) {
            var object = block.getAsJsonObject();
            if (object.get("type").getAsString().equals("input")
                    && object.getAsJsonObject("label").get("text").getAsString().equals(label)) {
                return object.get("block_id").getAsString();
            }
        }
        throw new AssertionError("no field " + label + " in " + form);
    }

    private void setClock(String newYork) {
        followthrough.clock.set(LocalDateTime.parse(newYork).atZone(NEW_YORK).toInstant());
    }
}
