package dev.followthrough.promise;

import static dev.followthrough.support.SlackRequests.pickedConversation;
import static dev.followthrough.support.SlackRequests.pickedOption;
import static dev.followthrough.support.SlackRequests.pickedUser;
import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promise form: from /promise alone, from Edit, from a message; its hint, errors and saving. */
class PromiseFormTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
    }

    @Test
    void promiseAloneOpensTheFormAndSavingItRecordsThePromiseAndTellsTheChannel() {
        var response = followthrough.requests.slashCommand("U100", "C200", "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        var open = awaitCall("views.open");
        assertThat(open.param("trigger_id")).isNotBlank();
        var form = JsonParser.parseString(open.param("view")).getAsJsonObject();
        assertThat(form.get("callback_id").getAsString()).isEqualTo(PromiseModal.CALLBACK_ID);
        assertThat(form.toString()).contains("\"initial_conversation\":\"C200\"");

        var saved = submit(
                form,
                Map.of(
                        PromiseModal.WHAT, typed("send the revised proposal"),
                        PromiseModal.COUNTERPARTY_USER, pickedUser("U300"),
                        PromiseModal.DIRECTION, pickedOption("MINE"),
                        PromiseModal.DEADLINE, typed("Fri 2pm"),
                        PromiseModal.CHANNEL, pickedConversation("C200")));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).isEmpty();
        assertThat(followthrough.strings("SELECT what || ' / ' || counterparty_user_id || ' / ' || channel_id || ' / '"
                        + " || to_char(due_at AT TIME ZONE 'America/New_York', 'MM-DD HH24:MI') FROM commitments"))
                .containsExactly("send the revised proposal / U300 / C200 / 11-27 14:00");
        var summary = awaitPostTo("C200");
        assertThat(summary.param("text")).contains("send the revised proposal");
        assertThat(summary.param("blocks")).contains(Action.EDIT.id());

        submit(form, Map.of(PromiseModal.WHAT, typed("send the revised proposal")));
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(1);
    }

    @Test
    void mistakesAreShownOnTheirFieldsAndNothingIsSaved() {
        var form = openForm();

        assertThat(errors(submit(form, Map.of(PromiseModal.WHAT, typed("   ")))))
                .containsKey(PromiseModal.WHAT);
        assertThat(errors(submit(
                        form,
                        Map.of(PromiseModal.WHAT, typed("call back"), PromiseModal.DEADLINE, typed("yesterday")))))
                .containsKey(PromiseModal.DEADLINE);
        assertThat(errors(submit(
                                form,
                                Map.of(
                                        PromiseModal.WHAT,
                                        typed("call back"),
                                        PromiseModal.DEADLINE,
                                        typed("next Friday"))))
                        .get(PromiseModal.DEADLINE))
                .contains("could mean");
        assertThat(errors(submit(
                        form,
                        Map.of(
                                PromiseModal.WHAT,
                                typed("call back"),
                                PromiseModal.DATE,
                                SlackRequests.pickedDate("2026-11-20")))))
                .containsKey(PromiseModal.DATE);
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
    }

    @Test
    void typingADeadlineShowsHowItReads() {
        var form = openForm();
        form.addProperty("id", "V123");
        form.addProperty("hash", "1700000000.h1");

        followthrough.requests.interaction(
                followthrough.requests.actionInView("U100", form, PromiseModal.DEADLINE_TYPED, "Fri 2pm"));

        var update = awaitCall("views.update");
        assertThat(update.param("view_id")).isEqualTo("V123");
        assertThat(update.param("hash")).isEqualTo("1700000000.h1");
        assertThat(update.param("view")).contains("Reads as: Fri 27 Nov, 2:00 PM EST (firm)");
    }

    @Test
    void editingASavedPromiseRecordsWhatChanged() {
        var answer = JsonParser.parseString(followthrough
                        .requests
                        .slashCommand("U100", "C200", "send Acme the deck by Fri 2pm")
                        .body())
                .getAsJsonObject();
        var edit = answer.getAsJsonArray("blocks")
                .get(2)
                .getAsJsonObject()
                .getAsJsonArray("elements")
                .get(1)
                .getAsJsonObject();
        assertThat(edit.get("action_id").getAsString()).isEqualTo(Action.EDIT.id());

        followthrough.requests.interaction(followthrough.requests.buttonPress(
                "U100", "C200", Action.EDIT.id(), edit.get("value").getAsString()));
        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        assertThat(form.toString()).contains("send Acme the deck").contains("Edit promise");
        submit(
                form,
                Map.of(
                        PromiseModal.WHAT, typed("send Acme the final deck"),
                        PromiseModal.COUNTERPARTY_NAME, typed("Acme"),
                        PromiseModal.DEADLINE, typed("Mon 10am")));

        assertThat(followthrough.strings(
                        "SELECT array_to_string(edited_fields, ', ') FROM commitment_events WHERE kind = 'EDITED'"))
                .containsExactly("WHAT, DEADLINE");
        assertThat(followthrough.strings("SELECT what || ' v' || deadline_version FROM commitments"))
                .containsExactly("send Acme the final deck v2");
    }

    @Test
    void theMessageShortcutFillsTheFormFromTheMessageAndLinksBackToIt() {
        var payload = JsonParser.parseString("""
                {"type":"message_action","callback_id":"make_it_a_promise","trigger_id":"1.2.abc",\
                "response_url":"%s","action_ts":"1700000000.1","message_ts":"1700000000.000200",\
                "team":{"id":"T0001","domain":"example"},"user":{"id":"U100","name":"user","team_id":"T0001"},\
                "channel":{"id":"C200","name":"sales"},\
                "message":{"type":"message","user":"U300","ts":"1700000000.000200","text":"Can you send the pricing?"}}""".formatted(followthrough.slack.responseUrl("shortcut")))
                .getAsJsonObject();
        followthrough.requests.interaction(payload);

        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        assertThat(followthrough.slack.calls("chat.getPermalink")).hasSize(1);
        assertThat(form.toString()).contains("Can you send the pricing?").contains("\"initial_user\":\"U300\"");
        submit(
                form,
                Map.of(
                        PromiseModal.WHAT, typed("send the pricing"),
                        PromiseModal.COUNTERPARTY_USER, pickedUser("U300"),
                        PromiseModal.DEADLINE, typed("tomorrow 10am"),
                        PromiseModal.CHANNEL, pickedConversation("C200")));

        assertThat(followthrough.strings("SELECT message_ts || ' ' || source_permalink FROM commitments"))
                .containsExactly("1700000000.000200 https://example.slack.com/archives/C200/p1700000000000200");
        assertThat(awaitPostTo("C200").param("thread_ts")).isEqualTo("1700000000.000200");
    }

    @Test
    void theMessageShortcutFillsByWhenFromADeadlineTheMessageStates() {
        var payload = JsonParser.parseString("""
                {"type":"message_action","callback_id":"make_it_a_promise","trigger_id":"1.2.abd",\
                "response_url":"%s","action_ts":"1700000000.1","message_ts":"1700000000.000300",\
                "team":{"id":"T0001","domain":"example"},"user":{"id":"U100","name":"user","team_id":"T0001"},\
                "channel":{"id":"C200","name":"sales"},\
                "message":{"type":"message","user":"U300","ts":"1700000000.000300",\
                "text":"Can you send the revised pricing by Thursday 3pm?"}}""".formatted(followthrough.slack.responseUrl("shortcut")))
                .getAsJsonObject();
        followthrough.requests.interaction(payload);

        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        var deadline = block(form, PromiseModal.DEADLINE);
        assertThat(deadline.getAsJsonObject("element").get("initial_value").getAsString())
                .isEqualTo("by Thursday 3pm");
        assertThat(deadline.getAsJsonObject("hint").get("text").getAsString()).contains("3:00");
        assertThat(block(form, PromiseModal.WHAT)
                        .getAsJsonObject("element")
                        .get("initial_value")
                        .getAsString())
                .isEqualTo("Can you send the revised pricing?");
    }

    @Test
    void theMessageShortcutFillsRepeatsFromAScheduleTheMessageStatesAndSavingMakesTheSeriesOnce() {
        var payload = JsonParser.parseString("""
                {"type":"message_action","callback_id":"make_it_a_promise","trigger_id":"1.2.abe",\
                "response_url":"%s","action_ts":"1700000000.1","message_ts":"1700000000.000400",\
                "team":{"id":"T0001","domain":"example"},"user":{"id":"U100","name":"user","team_id":"T0001"},\
                "channel":{"id":"C200","name":"sales"},\
                "message":{"type":"message","user":"U300","ts":"1700000000.000400",\
                "text":"Every Friday please send the pipeline update"}}""".formatted(followthrough.slack.responseUrl("shortcut")))
                .getAsJsonObject();
        followthrough.requests.interaction(payload);

        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        var repeats = block(form, PromiseModal.REPEATS);
        assertThat(repeats.getAsJsonObject("element").get("initial_value").getAsString())
                .isEqualTo("Every Friday");
        assertThat(repeats.getAsJsonObject("hint").get("text").getAsString())
                .isEqualTo("Reads as: every Friday at 5:00 PM, first on Fri 27 Nov. Each one is a promise of its own.");
        assertThat(block(form, PromiseModal.DEADLINE).getAsJsonObject("element").has("initial_value"))
                .isFalse();
        assertThat(block(form, PromiseModal.WHAT)
                        .getAsJsonObject("element")
                        .get("initial_value")
                        .getAsString())
                .isEqualTo("please send the pipeline update");

        var values = Map.of(
                PromiseModal.WHAT, typed("send the pipeline update"),
                PromiseModal.COUNTERPARTY_USER, pickedUser("U300"),
                PromiseModal.REPEATS, typed("Every Friday"),
                PromiseModal.CHANNEL, pickedConversation("C200"));
        assertThat(submit(form, values).body()).isEmpty();
        submit(form, values);

        assertThat(followthrough.strings("SELECT what || ' / ' || rule || ' / ' || channel_id FROM commitment_series"))
                .containsExactly("send the pipeline update / WEEKLY 1 FRIDAY / C200");
        assertThat(followthrough.strings("SELECT occurrence_on || ' ' || due_at || ' ' || message_ts FROM commitments"))
                .containsExactly("2026-11-27 2026-11-27 22:00:00+00 1700000000.000400");
        var summary = awaitPostTo("C200");
        assertThat(summary.param("thread_ts")).isEqualTo("1700000000.000400");
        assertThat(summary.param("blocks")).contains("Repeats every Friday at 5:00 PM, first on Fri 27 Nov");
    }

    @Test
    void aScheduleTypedInByWhenOnANewPromiseReadsAsOneAndSavesTheSeries() {
        var form = openForm();
        form.addProperty("id", "V124");
        form.addProperty("hash", "1700000000.h2");
        followthrough.requests.interaction(
                followthrough.requests.actionInView("U100", form, PromiseModal.DEADLINE_TYPED, "every Monday at 9am"));
        assertThat(awaitCall("views.update").param("view"))
                .contains("Reads as: every Monday at 9:00 AM, first on Mon 30 Nov");

        submit(
                form,
                Map.of(
                        PromiseModal.WHAT, typed("send the weekly numbers"),
                        PromiseModal.DEADLINE, typed("every Monday at 9am")));

        assertThat(followthrough.strings("SELECT what || ' / ' || rule FROM commitment_series"))
                .containsExactly("send the weekly numbers / WEEKLY 1 MONDAY");
        assertThat(followthrough.strings("SELECT occurrence_on || ' ' || due_at FROM commitments"))
                .containsExactly("2026-11-30 2026-11-30 14:00:00+00");
    }

    @Test
    void aScheduleTheFormCannotKeepOrOneBesideADeadlineIsShownOnRepeatsAndNothingIsSaved() {
        var form = openForm();

        assertThat(errors(submit(
                                form,
                                Map.of(
                                        PromiseModal.WHAT,
                                        typed("check in with Acme"),
                                        PromiseModal.REPEATS,
                                        typed("every now and then"))))
                        .get(PromiseModal.REPEATS))
                .contains("isn't a schedule I can keep");
        assertThat(errors(submit(
                                form,
                                Map.of(
                                        PromiseModal.WHAT,
                                        typed("check in with Acme"),
                                        PromiseModal.REPEATS,
                                        typed("send it soon"))))
                        .get(PromiseModal.REPEATS))
                .contains("as a schedule");
        assertThat(errors(submit(
                                form,
                                Map.of(
                                        PromiseModal.WHAT,
                                        typed("check in with Acme"),
                                        PromiseModal.REPEATS,
                                        typed("every Monday"),
                                        PromiseModal.DEADLINE,
                                        typed("Fri 2pm"))))
                        .get(PromiseModal.REPEATS))
                .isEqualTo(PromiseFormReading.BOTH_WHEN);
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
        assertThat(followthrough.number("SELECT count(*) FROM commitment_series"))
                .isZero();
    }

    private static JsonObject block(JsonObject form, String blockId) {
        for (var block : form.getAsJsonArray("blocks")) {
            var object = block.getAsJsonObject();
            if (object.has("block_id") && blockId.equals(object.get("block_id").getAsString())) {
                return object;
            }
        }
        throw new AssertionError("no block " + blockId + " in " + form);
    }

    private JsonObject openForm() {
        followthrough.requests.slashCommand("U100", "C200", "");
        var form = JsonParser.parseString(awaitCall("views.open").param("view")).getAsJsonObject();
        followthrough.slack.reset();
        return form;
    }

    private HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        var payload = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values);
        payload.getAsJsonObject("view")
                .addProperty("id", form.has("id") ? form.get("id").getAsString() : "V0001");
        return followthrough.requests.interaction(payload);
    }

    private static Map<String, String> errors(HttpResponse<String> response) {
        var answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
        var errors = new java.util.HashMap<String, String>();
        answer.getAsJsonObject("errors")
                .entrySet()
                .forEach(entry -> errors.put(entry.getKey(), entry.getValue().getAsString()));
        return errors;
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }

    private SlackStandIn.Call awaitPostTo(String channel) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.postMessage").stream()
                        .anyMatch(call -> channel.equals(call.param("channel"))));
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> channel.equals(call.param("channel")))
                .findFirst()
                .orElseThrow();
    }
}
