package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromiseButtonsTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void markDoneKeepsThePromiseAndReplacesTheMessage() {
        var id = recordPromise("U100", "send the deck by tomorrow");

        var response = press("U100", Action.MARK_DONE.id(), id);

        assertThat(response).isEqualTo(200);
        var answer = awaitResponseUrlCall();
        assertThat(answer.param("replace_original")).isEqualTo("true");
        assertThat(answer.param("text")).contains("Delivered on time").contains("send the deck");
        assertThat(status(id)).isEqualTo("KEPT");
        assertThat(strings(
                        "SELECT kind || ':' || coalesce(timing, '') FROM commitment_events"
                                + " WHERE commitment_id = :id ORDER BY id",
                        id))
                .containsExactly("CREATED:", "KEPT:BY_THE_DEADLINE");
    }

    @Test
    void markDoneAfterTheDeadlineCountsAsLate() {
        var id = recordPromise("U100", "send the deck by tomorrow");
        followthrough.clock.advance(Duration.ofDays(3));

        press("U100", Action.MARK_DONE.id(), id);

        assertThat(awaitResponseUrlCall().param("text")).contains("late");
        assertThat(strings("SELECT timing FROM commitment_events WHERE commitment_id = :id AND kind = 'KEPT'", id))
                .containsExactly("AFTER_THE_DEADLINE");
    }

    @Test
    void undoStopsTrackingThePromise() {
        var id = recordPromise("U100", "send the deck by tomorrow");

        press("U100", Action.UNDO.id(), id);

        assertThat(awaitResponseUrlCall().param("text")).contains("Undone").contains("send the deck");
        assertThat(status(id)).isEqualTo("UNDONE");
    }

    @Test
    void someoneElsePressingTheButtonsIsPolitelyRefusedAndNothingChanges() {
        var id = recordPromise("U100", "send the deck by tomorrow");

        press("U999", Action.MARK_DONE.id(), id);

        var answer = awaitResponseUrlCall();
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.param("replace_original")).isEqualTo("false");
        assertThat(answer.param("text")).contains("Only <@U100> can change this promise");
        assertThat(status(id)).isEqualTo("OPEN");

        followthrough.slack.reset();
        press("U999", Action.UNDO.id(), id);
        assertThat(awaitResponseUrlCall().param("text")).contains("Only <@U100>");
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @Test
    void pressingAStaleButtonExplainsWhatAlreadyHappened() {
        var id = recordPromise("U100", "send the deck by tomorrow");
        press("U100", Action.UNDO.id(), id);
        awaitResponseUrlCall();
        followthrough.slack.reset();

        press("U100", Action.MARK_DONE.id(), id);

        var answer = awaitResponseUrlCall();
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.param("text")).contains("already undone");
        assertThat(status(id)).isEqualTo("UNDONE");
    }

    @Test
    void aButtonForAPromiseThatDoesNotExistSaysSo() {
        press("U100", Action.MARK_DONE.id(), 424242);

        assertThat(awaitResponseUrlCall().param("text")).contains("no longer exists");
    }

    private long recordPromise(String userId, String text) {
        var response = followthrough.requests.slashCommand(userId, "C200", text);
        assertThat(response.statusCode()).isEqualTo(200);
        var blocks = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("blocks");
        // The buttons carry the commitment's id; read it from what Slack would show.
        var button = blocks.get(2)
                .getAsJsonObject()
                .getAsJsonArray("elements")
                .get(0)
                .getAsJsonObject();
        assertThat(button.get("action_id").getAsString()).isEqualTo(Action.MARK_DONE.id());
        return Long.parseLong(button.get("value").getAsString());
    }

    private int press(String userId, String actionId, long id) {
        return followthrough
                .requests
                .interaction(followthrough.requests.buttonPress(userId, "C200", actionId, Long.toString(id)))
                .statusCode();
    }

    private SlackStandIn.Call awaitResponseUrlCall() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        List<SlackStandIn.Call> calls = followthrough.slack.calls("response_url");
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private String status(long id) {
        return strings("SELECT status FROM commitments WHERE id = :id", id).get(0);
    }

    private List<String> strings(String sql, long id) {
        return followthrough.jdbi.withHandle(handle ->
                handle.createQuery(sql).bind("id", id).mapTo(String.class).list());
    }
}
