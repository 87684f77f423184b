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
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every button and form on a reminder, delivered four times as Slack's retries deliver it: applied
 * once, the first answer given again, one message each.
 */
class ReminderRedeliveryTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String DM = "D100";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
    }

    @Test
    void renegotiatingFourTimesMovesTheDeadlineOnceAndTellsTheBuyerOnce() {
        var id = promise("send <@U300|buyer> the revised proposal by Fri 2pm");
        var form = openedBy(Action.RENEGOTIATE.id(), id);

        var answers = submitFourTimes(
                form,
                Map.of(
                        DeadlineForm.DEADLINE, typed("Mon 10am"),
                        DeadlineForm.MESSAGE,
                                typed("Finance is late. You'll have it by " + DeadlineForm.NEW_TIME + ".")));

        assertSameAnswers(answers);
        assertThat(events(id)).containsExactly("CREATED", "RENEGOTIATED");
        assertThat(column(id, "deadline_version")).isEqualTo("2");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.postMessage").stream()
                        .filter(call -> "U300".equals(call.param("channel"))))
                .hasSize(1);
    }

    @Test
    void aNewDateForWhatTheyOweFourTimesIsOneChange() {
        var id = promise("<@U300|buyer> will send the contract by Tuesday");
        var form = openedBy(Action.NEW_DATE.id(), id);

        assertSameAnswers(submitFourTimes(form, Map.of(DeadlineForm.DEADLINE, typed("Dec 1 3pm"))));

        assertThat(events(id)).containsExactly("CREATED", "RENEGOTIATED");
        assertThat(column(id, "deadline_version")).isEqualTo("2");
    }

    @Test
    void firmingUpFourTimesIsOneChange() {
        var id = promise("call the CFO back in two weeks");
        var form = openedBy(Action.FIRM_UP.id(), id);

        assertSameAnswers(submitFourTimes(
                form, Map.of(DeadlineForm.DATE, pickedDate("2026-11-26"), DeadlineForm.TIME, pickedTime("15:00"))));

        assertThat(events(id)).containsExactly("CREATED", "FIRMED_UP");
    }

    @Test
    void theNextStepSubmittedFourTimesIsOnePromise() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        press(Action.DELIVERED.id(), Long.toString(id));
        var form = openedBy(Action.NEXT_STEP.id(), id);

        assertSameAnswers(submitFourTimes(
                form,
                Map.of(NextStepForm.WHAT, typed("book the kickoff call"), NextStepForm.WHEN, typed("Dec 2 11am"))));

        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(2);
    }

    @Test
    void snoozeChosenFourTimesIsOneSnooze() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        followthrough.awaitSettled();
        var outboxBefore = followthrough.number("SELECT count(*) FROM outbox");

        assertSameAnswers(Redelivery.retriesChangeNothing(
                followthrough, followthrough.requests.optionChosen("U100", DM, Action.SNOOZE.id(), "1h:" + id)));

        assertThat(events(id)).containsExactly("CREATED", "SNOOZED");
        assertThat(followthrough.number("SELECT count(*) FROM outbox")).isEqualTo(outboxBefore + 1);
    }

    @Test
    void cancellingFourTimesIsOneCancellation() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        var form = openedBy(Action.CANCEL.id(), id);

        assertSameAnswers(submitFourTimes(form, Map.of(CancelForm.REASON, typed("They chose another vendor"))));

        assertThat(events(id)).containsExactly("CREATED", "CANCELLED");
    }

    @Test
    void droppingFourTimesIsOneDrop() {
        var id = promise("<@U300|buyer> will send the logo by Tuesday");
        var form = openedBy(Action.DROP.id(), id);

        assertSameAnswers(submitFourTimes(form, Map.of()));

        assertThat(events(id)).containsExactly("CREATED", "CANCELLED");
    }

    @Test
    void deliveredFourTimesKeepsItOnceWithOneUpdate() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        followthrough.awaitSettled();
        followthrough.slack.reset();

        assertSameAnswers(Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", DM, Action.DELIVERED.id(), Long.toString(id))));

        assertThat(events(id)).containsExactly("CREATED", "KEPT");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.update")).hasSize(1);
        assertThat(followthrough.slack.calls("response_url")).isEmpty();
    }

    @Test
    void theyDeliveredFourTimesIsOneKeep() {
        var id = promise("<@U300|buyer> will send the PO by Tuesday");

        assertSameAnswers(Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", DM, Action.THEY_DELIVERED.id(), Long.toString(id))));

        assertThat(events(id)).containsExactly("CREATED", "KEPT");
    }

    @Test
    void followedUpFourTimesAsksOnceAndItsAnswerFourTimesIsOneFollowUp() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        followthrough.slack.reset();

        Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", DM, Action.FOLLOWED_UP.id(), Long.toString(id)));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        assertSameAnswers(Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", DM, NextUpdate.TOMORROW.id(), "tomorrow:" + id)));

        assertThat(events(id)).containsExactly("CREATED", "FOLLOWED_UP");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("response_url")).hasSize(1);
    }

    @Test
    void fourCopiesArrivingTogetherAreStillOneRenegotiation() {
        var id = promise("send <@U300|buyer> the revised proposal by Fri 2pm");
        var form = openedBy(Action.RENEGOTIATE.id(), id);
        var payload = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of(DeadlineForm.DEADLINE, typed("Mon 10am"), DeadlineForm.MESSAGE, typed("New time: Mon.")));

        var answers = Redelivery.fourAtOnce(followthrough.requests, payload);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(events(id)).containsExactly("CREATED", "RENEGOTIATED");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.postMessage").stream()
                        .filter(call -> "U300".equals(call.param("channel"))))
                .hasSize(1);
    }

    private long promise(String text) {
        var response = followthrough.requests.slashCommand("U100", "C200", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return followthrough.number("SELECT max(id) FROM commitments");
    }

    private void press(String actionId, String value) {
        var response =
                followthrough.requests.interaction(followthrough.requests.buttonPress("U100", DM, actionId, value));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private JsonObject openedBy(String actionId, long id) {
        followthrough.slack.reset();
        press(actionId, Long.toString(id));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var view = JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
        followthrough.slack.reset();
        return view;
    }

    private List<HttpResponse<String>> submitFourTimes(JsonObject form, Map<String, JsonObject> values) {
        return Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.viewSubmission(
                        "U100",
                        form.get("callback_id").getAsString(),
                        form.get("private_metadata").getAsString(),
                        values));
    }

    private static void assertSameAnswers(List<HttpResponse<String>> answers) {
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
    }

    private List<String> events(long id) {
        return followthrough.strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id + " ORDER BY id");
    }

    private String column(long id, String expression) {
        return followthrough
                .strings("SELECT " + expression + " FROM commitments WHERE id = " + id)
                .get(0);
    }
}
