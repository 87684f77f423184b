package dev.followthrough.promise;

import static dev.followthrough.support.SlackRequests.pickedDate;
import static dev.followthrough.support.SlackRequests.pickedTime;
import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Edit shows the stored moment (the date and time pickers, in the owner's zone), not the phrase it
 * was read from, and saving keeps that deadline, same version, unless its inputs were changed.
 */
class EditKeepsTheDeadlineTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void changingOnlyTheTextOfAnIn90MinutesPromiseKeepsItsDeadline() {
        var id = promise("send Acme the deck in 90 minutes");
        followthrough.clock.set(at("2026-11-23T10:40"));

        var form = openEdit(id);

        assertThat(typedDeadline(form)).isNull();
        assertThat(initial(form, PromiseModal.DATE, "initial_date")).isEqualTo("2026-11-23");
        assertThat(initial(form, PromiseModal.TIME, "initial_time")).isEqualTo("11:30");
        var saved = JsonParser.parseString(
                        submitAsPrefilled(form, "send Acme the final deck").body())
                .getAsJsonObject();
        assertThat(saved.get("response_action").getAsString()).isEqualTo("update");
        assertThat(saved.getAsJsonObject("view").toString())
                .contains("Promise saved")
                .contains("• The task: *send Acme the final deck* _(was *send Acme the deck*)_")
                .doesNotContain("The deadline");
        assertThat(dueAndVersion(id)).isEqualTo("send Acme the final deck 2026-11-23 11:30 v1");
        assertThat(editedFields()).isEqualTo("WHAT");
    }

    @Test
    void aByTomorrowPromiseEditedTheNextDayKeepsItsDay() {
        var id = promise("send Acme the deck by tomorrow");
        var before = dueAndVersion(id);
        followthrough.clock.set(at("2026-11-24T09:00"));

        var form = openEdit(id);
        submitAsPrefilled(form, "send Acme the final deck");

        assertThat(before).startsWith("send Acme the deck 2026-11-24 ");
        assertThat(dueAndVersion(id)).isEqualTo(before.replace("the deck", "the final deck"));
    }

    @Test
    void aPromiseMadeFromTheAmbiguityButtonsCanBeEdited() {
        var question = JsonParser.parseString(followthrough
                        .requests
                        .slashCommand("U100", "C200", "send Acme the deck by next Friday")
                        .body())
                .getAsJsonObject();
        var later = question.getAsJsonArray("blocks")
                .get(1)
                .getAsJsonObject()
                .getAsJsonArray("elements")
                .get(1)
                .getAsJsonObject();
        followthrough.requests.interaction(followthrough.requests.buttonPress(
                "U100",
                "C200",
                later.get("action_id").getAsString(),
                later.get("value").getAsString()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> followthrough.number("SELECT count(*) FROM commitments") == 1);
        var id = followthrough.number("SELECT max(id) FROM commitments");

        var answer = submitAsPrefilled(openEdit(id), "send Acme the final deck");

        assertThat(answer.body()).contains("\"response_action\":\"update\"").contains("What changed");
        assertThat(dueAndVersion(id)).isEqualTo("send Acme the final deck 2026-12-04 17:00 v1");
    }

    @Test
    void changingThePickedTimeMovesTheDeadlineToANewVersion() {
        var id = promise("send Acme the deck in 90 minutes");
        var form = openEdit(id);

        var values = prefilled(form, "send Acme the deck");
        values.put(PromiseModal.TIME, pickedTime("15:00"));
        var saved = submit(form, values);

        assertThat(JsonParser.parseString(saved.body()).toString())
                .contains("• The deadline: by <!date^" + at("2026-11-23T15:00").getEpochSecond())
                .contains("_(was by <!date^" + at("2026-11-23T11:30").getEpochSecond())
                .contains("Reminders start over for the new deadline.")
                .doesNotContain("The task");
        assertThat(dueAndVersion(id)).isEqualTo("send Acme the deck 2026-11-23 15:00 v2");
        assertThat(editedFields()).isEqualTo("DEADLINE");
    }

    private long promise(String text) {
        assertThat(followthrough.requests.slashCommand("U100", "C200", text).statusCode())
                .isEqualTo(200);
        return followthrough.number("SELECT max(id) FROM commitments");
    }

    private JsonObject openEdit(long id) {
        followthrough.slack.reset();
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.EDIT.id(), Long.toString(id)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        return JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
    }

    /** What Slack sends back for a form whose deadline inputs were left as they opened. */
    private Map<String, JsonObject> prefilled(JsonObject form, String what) {
        var values = new HashMap<String, JsonObject>();
        values.put(PromiseModal.WHAT, typed(what));
        values.put(PromiseModal.COUNTERPARTY_NAME, typed("Acme"));
        var date = initial(form, PromiseModal.DATE, "initial_date");
        var time = initial(form, PromiseModal.TIME, "initial_time");
        if (date != null) {
            values.put(PromiseModal.DATE, pickedDate(date));
        }
        if (time != null) {
            values.put(PromiseModal.TIME, pickedTime(time));
        }
        return values;
    }

    private HttpResponse<String> submitAsPrefilled(JsonObject form, String what) {
        return submit(form, prefilled(form, what));
    }

    private HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        var payload = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values);
        var response = followthrough.requests.interaction(payload);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String typedDeadline(JsonObject form) {
        return initial(form, PromiseModal.DEADLINE, "initial_value");
    }

    private static String initial(JsonObject form, String blockId, String field) {
        for (JsonElement block : form.getAsJsonArray("blocks")) {
            var object = block.getAsJsonObject();
            if (object.has("block_id") && blockId.equals(object.get("block_id").getAsString())) {
                var element = object.getAsJsonObject("element");
                return element.has(field) ? element.get(field).getAsString() : null;
            }
        }
        throw new AssertionError("no block " + blockId + " in " + form);
    }

    private String dueAndVersion(long id) {
        return followthrough
                .strings("SELECT what || ' ' || to_char(due_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"
                        + " || ' v' || deadline_version FROM commitments WHERE id = " + id)
                .get(0);
    }

    private String editedFields() {
        return followthrough
                .strings("SELECT array_to_string(edited_fields, ', ') FROM commitment_events WHERE kind = 'EDITED'")
                .get(0);
    }

    private static LocalDateTime local(String text) {
        return LocalDateTime.parse(text);
    }

    private static java.time.Instant at(String local) {
        return local(local).atZone(NEW_YORK).toInstant();
    }
}
