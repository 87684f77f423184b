package dev.followthrough.promise;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promise's own surfaces delivered four times, as Slack's retries deliver them: applied once. */
class PromiseRedeliveryTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aPromiseTypedOnceAndDeliveredFourTimesIsRecordedOnceWithTheSameAnswer() {
        var command =
                SlackRequests.form(followthrough.requests.command("U100", "C200", "send Acme the deck by Fri 2pm"));

        var answers = Redelivery.retriesChangeNothing(followthrough, command);

        assertSameAnswers(answers);
        assertThat(answers.get(0).body()).contains("send Acme the deck");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(1);
        assertThat(followthrough.number("SELECT count(*) FROM commitment_events"))
                .isEqualTo(1);
    }

    @Test
    void markDoneFourTimesKeepsItOnce() {
        var id = promise("send Acme the deck by Fri 2pm");

        assertSameAnswers(Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", "C200", Action.MARK_DONE.id(), Long.toString(id))));

        assertThat(events(id)).containsExactly("CREATED", "KEPT");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("response_url")).hasSize(1);
    }

    @Test
    void undoFourTimesUndoesOnce() {
        var id = promise("send Acme the deck by Fri 2pm");

        assertSameAnswers(Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", "C200", Action.UNDO.id(), Long.toString(id))));

        assertThat(events(id)).hasSize(2).startsWith("CREATED");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("response_url")).hasSize(1);
    }

    @Test
    void anEditSavedFourTimesIsOneEdit() {
        var id = promise("send Acme the deck by Fri 2pm");
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.EDIT.id(), Long.toString(id)));
        var form = awaitOpenedForm();

        var payload = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of(
                        PromiseModal.WHAT, typed("send Acme the final deck"),
                        PromiseModal.COUNTERPARTY_NAME, typed("Acme"),
                        PromiseModal.DEADLINE, typed("Mon 10am")));
        assertSameAnswers(Redelivery.retriesChangeNothing(followthrough, payload));

        assertThat(events(id)).containsExactly("CREATED", "EDITED");
        assertThat(followthrough.strings("SELECT what || ' v' || deadline_version FROM commitments"))
                .containsExactly("send Acme the final deck v2");
    }

    @Test
    void theFormSavedFourTimesIsOnePromiseAndOneSummary() {
        followthrough.requests.slashCommand("U100", "C200", "");
        var form = awaitOpenedForm();
        var payload = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of(
                        PromiseModal.WHAT, typed("send the pricing"),
                        PromiseModal.COUNTERPARTY_NAME, typed("Acme"),
                        PromiseModal.DEADLINE, typed("tomorrow 10am")));
        payload.getAsJsonObject("view").addProperty("id", "VFORM-" + System.nanoTime());

        assertSameAnswers(Redelivery.retriesChangeNothing(followthrough, payload));

        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(1);
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.postMessage").stream()
                        .filter(call -> "C200".equals(call.param("channel"))))
                .hasSize(1);
    }

    private long promise(String text) {
        var response = followthrough.requests.slashCommand("U100", "C200", text);
        assertThat(response.statusCode()).isEqualTo(200);
        followthrough.slack.reset();
        return followthrough.number("SELECT max(id) FROM commitments");
    }

    private JsonObject awaitOpenedForm() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var form = JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
        followthrough.slack.reset();
        return form;
    }

    private static void assertSameAnswers(List<HttpResponse<String>> answers) {
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
    }

    private List<String> events(long id) {
        return followthrough.strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id + " ORDER BY id");
    }
}
