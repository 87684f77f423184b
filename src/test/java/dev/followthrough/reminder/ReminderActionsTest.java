package dev.followthrough.reminder;

import static dev.followthrough.support.SlackRequests.pickedDate;
import static dev.followthrough.support.SlackRequests.pickedTime;
import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.lifecycle.NextUpdate;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every button on a reminder, pressed through the real endpoint. */
class ReminderActionsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String DM = "D100";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void deliveredKeepsThePromiseAndAsksForTheNextStep() {
        var id = promise("send Acme the revised proposal by Fri 2pm");

        press("U100", Action.DELIVERED.id(), Long.toString(id));

        var update = awaitCall("chat.update");
        assertThat(update.param("channel")).isEqualTo(DM);
        assertThat(update.param("ts")).isEqualTo("1700000000.000100");
        assertThat(update.param("text")).contains("Delivered");
        assertThat(update.param("blocks"))
                .contains("What's the next step with Acme?")
                .contains(Action.NEXT_STEP.id());
        assertThat(column(id, "status")).isEqualTo("KEPT");
    }

    @Test
    void followedUpOnlyAsksWhenTheNextUpdateIsAndRemindsThen() {
        var id = promise("send Acme the revised proposal by Fri 2pm");

        press("U100", Action.FOLLOWED_UP.id(), Long.toString(id));
        var question = awaitCall("response_url");
        assertThat(question.param("replace_original")).isEqualTo("true");
        assertThat(question.param("blocks")).contains("next update").contains(NextUpdate.TOMORROW.id());

        press("U100", NextUpdate.TOMORROW.id(), "tomorrow:" + id);

        assertThat(awaitCall("chat.update").param("text"))
                .contains("Followed up on")
                .contains("check back");
        assertThat(column(id, "status")).isEqualTo("OPEN");
        assertThat(column(id, "to_char(follow_up_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"))
                .isEqualTo("2026-11-24 09:00");
        assertThat(events(id)).containsExactly("CREATED", "FOLLOWED_UP");

        followthrough.clock.set(at("2026-11-24T09:00:30"));
        assertThat(awaitDirectMessage().param("text")).contains("Update due: send Acme the revised proposal");
    }

    @Test
    void snoozeRemindsAgainWhenAsked() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        followthrough.awaitSettled();

        choose("U100", Action.SNOOZE.id(), "1h:" + id);

        assertThat(awaitCall("chat.update").param("text")).contains("Snoozed");
        followthrough.clock.set(at("2026-11-23T11:00:30"));
        assertThat(awaitDirectMessage().param("text")).contains("Due in 4 days: send Acme the revised proposal");
        assertThat(events(id)).containsExactly("CREATED", "SNOOZED");
    }

    @Test
    void renegotiatingMovesTheDeadlineAndPassesTheMessageOn() {
        var id = promise("send <@U300|buyer> the revised proposal by Fri 2pm");

        press("U100", Action.RENEGOTIATE.id(), Long.toString(id));
        var form = openedForm();
        assertThat(form.get("callback_id").getAsString()).isEqualTo(DeadlineForm.CALLBACK_ID);
        assertThat(form.toString())
                .contains("a heads-up: I won't be able to send you the revised proposal by")
                .contains(DeadlineForm.NEW_TIME);

        var response = submit(
                form,
                Map.of(
                        DeadlineForm.DEADLINE, typed("Mon 10am"),
                        DeadlineForm.MESSAGE,
                                typed("Sorry, the numbers from finance are late. You'll have it by "
                                        + DeadlineForm.NEW_TIME + ".")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(column(id, "to_char(due_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"))
                .isEqualTo("2026-11-30 10:00");
        assertThat(column(id, "deadline_version")).isEqualTo("2");
        assertThat(column(id, "status")).isEqualTo("OPEN");
        assertThat(followthrough.strings(
                        "SELECT kind || ' ' || timing FROM commitment_events WHERE kind = 'RENEGOTIATED'"))
                .containsExactly("RENEGOTIATED BY_THE_DEADLINE");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.postMessage").stream()
                        .anyMatch(call -> "U300".equals(call.param("channel"))));
        var toBuyer = followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> "U300".equals(call.param("channel")))
                .findFirst()
                .orElseThrow();
        assertThat(toBuyer.param("text")).contains("<@U100>").contains("You'll have it by Mon 30 Nov, 10:00 AM");
        // Told it arrived only once it has: first "on its way", then, after Slack took it, "has your message".
        assertThat(awaitCall("chat.update").param("text"))
                .contains("Renegotiated")
                .contains("on its way")
                .doesNotContain("has your message");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.update").size() == 2);
        assertThat(followthrough.slack.calls("chat.update").get(1).param("text"))
                .contains("Renegotiated")
                .contains("<@U300> has your message");
    }

    @Test
    void aNewDeadlineThatCantBeReadIsExplainedOnTheField() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        press("U100", Action.RENEGOTIATE.id(), Long.toString(id));
        var form = openedForm();

        assertThat(errors(submit(form, Map.of()))).containsKey(DeadlineForm.DEADLINE);
        assertThat(errors(submit(form, Map.of(DeadlineForm.DEADLINE, typed("yesterday"))))
                        .get(DeadlineForm.DEADLINE))
                .contains("passed");
        assertThat(errors(submit(form, Map.of(DeadlineForm.DEADLINE, typed("next Friday"))))
                        .get(DeadlineForm.DEADLINE))
                .contains("could mean");
        assertThat(errors(submit(form, Map.of(DeadlineForm.DATE, pickedDate("2026-11-20"))))
                        .get(DeadlineForm.DATE))
                .contains("already passed");
        assertThat(column(id, "deadline_version")).isEqualTo("1");
    }

    @Test
    void aMessageForSomeoneNotOnSlackIsShownReadyToCopy() {
        var id = promiseInDm("send Acme the revised proposal by Fri 2pm");
        press("U100", Action.RENEGOTIATE.id(), Long.toString(id));

        var response = submit(
                openedForm(),
                Map.of(
                        DeadlineForm.DATE, pickedDate("2026-12-01"),
                        DeadlineForm.TIME, pickedTime("15:00"),
                        DeadlineForm.MESSAGE, typed("New time: " + DeadlineForm.NEW_TIME)));

        var answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(answer.get("response_action").getAsString()).isEqualTo("update");
        assertThat(answer.toString()).contains("Ready to copy").contains("New time: Tue 1 Dec, 3:00 PM");
    }

    @Test
    void cancellingRecordsTheReason() {
        var id = promise("send Acme the revised proposal by Fri 2pm");

        press("U100", Action.CANCEL.id(), Long.toString(id));
        var form = openedForm();
        assertThat(form.get("callback_id").getAsString()).isEqualTo(CancelForm.CALLBACK_ID);
        submit(form, Map.of(CancelForm.REASON, typed("They chose another vendor")));

        assertThat(column(id, "status")).isEqualTo("CANCELLED");
        assertThat(followthrough.strings(
                        "SELECT reason || ' / ' || timing FROM commitment_events WHERE kind = 'CANCELLED'"))
                .containsExactly("They chose another vendor / BY_THE_DEADLINE");
        assertThat(awaitCall("chat.update").param("text")).contains("Cancelled");
    }

    @Test
    void promiseCancelListsOpenPromisesWhoseButtonsOpenTheCancelForm() {
        var id = promise("send Acme the revised proposal by Fri 2pm");

        var list = followthrough.requests.slashCommand("U100", "C200", "cancel");

        var answer = JsonParser.parseString(list.body()).getAsJsonObject();
        assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
        var button = answer.getAsJsonArray("blocks").get(2).getAsJsonObject().getAsJsonObject("accessory");
        assertThat(button.get("value").getAsString()).isEqualTo(Long.toString(id));
        var payload = followthrough.requests.buttonPress(
                "U100",
                "C200",
                button.get("action_id").getAsString(),
                button.get("value").getAsString());
        payload.getAsJsonObject("container").addProperty("is_ephemeral", true);
        followthrough.requests.interaction(payload);
        submit(openedForm(), Map.of());

        assertThat(column(id, "status")).isEqualTo("CANCELLED");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.update")).isEmpty();
    }

    @Test
    void whatSomeoneOwesCanBeMarkedDeliveredGivenANewDateOrDropped() {
        var delivered = promise("<@U300|buyer> will send the PO by Tuesday");
        var moved = promise("<@U300|buyer> will send the contract by Tuesday");
        var dropped = promise("<@U300|buyer> will send the logo by Tuesday");

        press("U100", Action.THEY_DELIVERED.id(), Long.toString(delivered));
        press("U100", Action.NEW_DATE.id(), Long.toString(moved));
        var newDate = openedForm();
        assertThat(newDate.toString()).doesNotContain("\"block_id\":\"message\"");
        submit(newDate, Map.of(DeadlineForm.DEADLINE, typed("Dec 1 3pm")));
        followthrough.slack.reset();
        press("U100", Action.DROP.id(), Long.toString(dropped));
        submit(openedForm(), Map.of());

        assertThat(column(delivered, "status")).isEqualTo("KEPT");
        assertThat(column(moved, "to_char(due_at AT TIME ZONE 'America/New_York', 'MM-DD HH24:MI')"))
                .isEqualTo("12-01 15:00");
        assertThat(column(dropped, "status")).isEqualTo("CANCELLED");
    }

    @Test
    void firmingUpASoftPromiseMakesItHardAndSchedulesItsNudges() {
        var id = promise("call the CFO back in two weeks");

        press("U100", Action.FIRM_UP.id(), Long.toString(id));
        submit(
                openedForm(),
                Map.of(DeadlineForm.DATE, pickedDate("2026-11-26"), DeadlineForm.TIME, pickedTime("15:00")));

        assertThat(column(id, "firmness")).isEqualTo("HARD");
        assertThat(events(id)).containsExactly("CREATED", "FIRMED_UP");
        followthrough.clock.set(at("2026-11-25T15:00:30"));
        assertThat(awaitDirectMessage().param("text")).contains("Due in 1 day: call the CFO back");
    }

    @Test
    void theNextStepIsRecordedAsANewPromiseToTheSameCounterparty() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        press("U100", Action.DELIVERED.id(), Long.toString(id));
        awaitCall("chat.update");

        press("U100", Action.NEXT_STEP.id(), Long.toString(id));
        var form = openedForm();
        assertThat(form.toString()).contains("What's the next step with Acme?");
        submit(form, Map.of(NextStepForm.WHAT, typed("book the kickoff call"), NextStepForm.WHEN, typed("Dec 2 11am")));

        assertThat(followthrough.strings("SELECT what || ' / ' || counterparty_name || ' / ' || status FROM commitments"
                        + " ORDER BY id"))
                .containsExactly("send Acme the revised proposal / Acme / KEPT", "book the kickoff call / Acme / OPEN");
    }

    @Test
    void onlyTheOwnerCanActOnAReminder() {
        var id = promise("send Acme the revised proposal by Fri 2pm");

        press("U999", Action.DELIVERED.id(), Long.toString(id));

        var refusal = awaitCall("response_url");
        assertThat(refusal.param("response_type")).isEqualTo("ephemeral");
        assertThat(refusal.param("text")).contains("Only <@U100>");
        assertThat(column(id, "status")).isEqualTo("OPEN");
    }

    @Test
    void aButtonOnAPromiseAlreadyKeptExplainsWhatHappened() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        press("U100", Action.DELIVERED.id(), Long.toString(id));
        awaitCall("chat.update");

        press("U100", Action.DELIVERED.id(), Long.toString(id));

        assertThat(awaitCall("response_url").param("text")).contains("already marked done");
    }

    @Test
    void aValueNoButtonOfOursMakesIsAnsweredNotThrown() {
        var id = promise("send Acme the revised proposal by Fri 2pm");

        choose("U100", Action.SNOOZE.id(), "2h:" + id);
        assertThat(awaitCall("response_url").param("text")).contains("no longer points at a promise");
        followthrough.slack.reset();
        press("U100", NextUpdate.TOMORROW.id(), "tomorrow:" + id + ":extra");
        assertThat(awaitCall("response_url").param("text")).contains("no longer points at a promise");
        followthrough.slack.reset();
        press("U100", Action.DELIVERED.id(), "not-an-id");
        assertThat(awaitCall("response_url").param("text")).contains("no longer points at a promise");

        assertThat(followthrough.strings("SELECT kind FROM commitment_events")).containsExactly("CREATED");
    }

    private long promise(String text) {
        return record(followthrough.requests.slashCommand("U100", "C200", text));
    }

    private long promiseInDm(String text) {
        return record(followthrough.requests.slashCommand("U100", DM, text));
    }

    private long record(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    private void press(String userId, String actionId, String value) {
        var response =
                followthrough.requests.interaction(followthrough.requests.buttonPress(userId, DM, actionId, value));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private void choose(String userId, String actionId, String optionValue) {
        var response = followthrough.requests.interaction(
                followthrough.requests.optionChosen(userId, DM, actionId, optionValue));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private JsonObject openedForm() {
        var open = awaitCall("views.open");
        assertThat(open.param("trigger_id")).isNotBlank();
        followthrough.slack.reset();
        return JsonParser.parseString(open.param("view")).getAsJsonObject();
    }

    private HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        return followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values));
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

    private SlackStandIn.Call awaitDirectMessage() {
        await().atMost(Duration.ofSeconds(15)).until(() -> !directMessages().isEmpty());
        return directMessages().get(0);
    }

    private List<SlackStandIn.Call> directMessages() {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .toList();
    }

    private String column(long id, String expression) {
        return followthrough
                .strings("SELECT " + expression + " FROM commitments WHERE id = " + id)
                .get(0);
    }

    private List<String> events(long id) {
        return followthrough.strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id + " ORDER BY id");
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
