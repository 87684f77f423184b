package dev.followthrough.reminder;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Record the next step": confirmed where it was asked, recorded once however often it is pressed. */
class NextStepRecordedOnceTest {

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
    void theRecordedNextStepReplacesTheQuestionWithWhatAndByWhenAndNoButton() {
        var id = keptAndAsked();
        var form = opened(id);

        var answers = Redelivery.retriesChangeNothing(
                followthrough,
                submission(
                        form,
                        Map.of(
                                NextStepForm.WHAT,
                                typed("book the kickoff call"),
                                NextStepForm.WHEN,
                                typed("Dec 2 11am"))));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).isEmpty());
        var confirmation = followthrough.slack.calls("chat.update");
        assertThat(confirmation).hasSize(1);
        assertThat(confirmation.get(0).param("ts")).isEqualTo("1700000000.000100");
        assertThat(confirmation.get(0).param("text"))
                .contains("Next step recorded")
                .contains("book the kickoff call")
                .contains("book the kickoff call for Acme")
                .contains("Wed 2 Dec, 11:00 AM");
        assertThat(confirmation.get(0).param("blocks")).doesNotContain(Action.NEXT_STEP.id());
        assertThat(nextSteps()).containsExactly("book the kickoff call after " + id);
    }

    @Test
    void anOldButtonPressedAgainNamesTheNextStepAlreadyRecordedAndOpensNoForm() {
        var id = keptAndAsked();
        submit(opened(id), "book the kickoff call");
        followthrough.awaitSettled();
        followthrough.slack.reset();

        press(Action.NEXT_STEP.id(), Long.toString(id));

        var refusal = awaitCall("response_url");
        assertThat(refusal.param("response_type")).isEqualTo("ephemeral");
        assertThat(refusal.param("text"))
                .contains("already recorded")
                .contains("\"book the kickoff call\", by Wed 2 Dec, 11:00 AM");
        assertThat(followthrough.slack.calls("views.open")).isEmpty();
        assertThat(nextSteps()).hasSize(1);
    }

    @Test
    void aSecondOpenCopyOfTheFormIsRefusedOnTheFieldAndSavesNothing() {
        var id = keptAndAsked();
        var first = opened(id);
        var second = opened(id);
        submit(first, "book the kickoff call");

        var answer = submit(second, "send the contract");

        var errors = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").get(NextStepForm.WHAT).getAsString())
                .contains("already recorded")
                .contains("book the kickoff call");
        assertThat(nextSteps()).containsExactly("book the kickoff call after " + id);
    }

    @Test
    void theDatabaseHoldsOneNextStepPerCommitment() {
        var id = keptAndAsked();
        submit(opened(id), "book the kickoff call");

        assertThatThrownBy(() -> followthrough.jdbi.useHandle(
                        handle -> handle.execute("UPDATE commitments SET next_step_of = ? WHERE id = ?", id, id)))
                .hasMessageContaining("commitments_one_next_step");
    }

    private long keptAndAsked() {
        assertThat(followthrough
                        .requests
                        .slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm")
                        .statusCode())
                .isEqualTo(200);
        var id = followthrough.number("SELECT max(id) FROM commitments");
        press(Action.DELIVERED.id(), Long.toString(id));
        awaitCall("chat.update");
        return id;
    }

    private JsonObject opened(long id) {
        followthrough.slack.reset();
        press(Action.NEXT_STEP.id(), Long.toString(id));
        var open = awaitCall("views.open");
        followthrough.slack.reset();
        return JsonParser.parseString(open.param("view")).getAsJsonObject();
    }

    private HttpResponse<String> submit(JsonObject form, String what) {
        return followthrough.requests.interaction(
                submission(form, Map.of(NextStepForm.WHAT, typed(what), NextStepForm.WHEN, typed("Dec 2 11am"))));
    }

    private JsonObject submission(JsonObject form, Map<String, JsonObject> values) {
        return followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                values);
    }

    private void press(String actionId, String value) {
        var response =
                followthrough.requests.interaction(followthrough.requests.buttonPress("U100", DM, actionId, value));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }

    private List<String> nextSteps() {
        return followthrough.strings(
                "SELECT what || ' after ' || next_step_of FROM commitments WHERE next_step_of IS NOT NULL");
    }
}
