package dev.followthrough.reminder;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The drafts the owner is offered, as Slack shows them, and a draft sent with a placeholder still in it. */
class DraftsThroughTheAppTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String DM = "D100";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void beforeTheDeadlineTheRenegotiationIsAHeadsUpWithTheNewTime() {
        var id = promise("send <@U300|buyer> the proposal by Fri 2pm");

        var form = renegotiationForm(id);

        assertThat(messageDraft(form))
                .isEqualTo(
                        "Hi Person U300, a heads-up: I won't be able to send you the proposal by Fri 27 Nov, 2:00 PM EST as I"
                                + " said. I'm waiting on [what's holding it up]. You can count on it by [new time].");
        assertThat(form.toString()).contains("Telling them before it passes keeps their trust.");
    }

    @Test
    void afterTheDeadlineTheRenegotiationOwnsTheMissFirst() {
        var id = promise("call Initech back by Fri 2pm");
        followthrough.clock.set(at("2026-11-27T16:00"));

        var form = renegotiationForm(id);

        assertThat(messageDraft(form))
                .isEqualTo("Hi Initech, I said I'd call you back by Fri 27 Nov, 2:00 PM EST, and I didn't. I'm sorry"
                        + " about that. I'm waiting on [what's holding it up]. You can count on it by [new time].");
        assertThat(form.toString())
                .contains("It has passed: own the miss plainly")
                .doesNotContain("before it passes");
    }

    @Test
    void whatSomeoneOwesThatSlipsComesWithAFriendlyCheckInAskingForANewTime() {
        promise("<@U300|buyer> will send the signed NDA by Tue 5pm");
        followthrough.awaitSettled();
        followthrough.slack.reset();

        followthrough.clock.set(at("2026-11-24T17:10:30"));

        await().atMost(Duration.ofSeconds(15)).until(() -> !slippedMessages().isEmpty());
        var slipped = slippedMessages().get(0);
        assertThat(slipped.param("text")).isEqualTo("Not in yet: <@U300> said they'd send the signed NDA");
        assertThat(slipped.param("blocks"))
                .contains("just checking in: you were going to send the signed NDA by Tue 24 Nov, 5:00 PM EST. Is"
                        + " anything holding it up? Let me know a new day and time that works for you.")
                .doesNotContain("checking in on send");
    }

    @Test
    void aDraftSentWithItsPlaceholderStillInIsRefusedAndNothingIsSentOrSaved() {
        var id = promise("send <@U300|buyer> the proposal by Fri 2pm");
        var form = renegotiationForm(id);
        followthrough.awaitSettled();
        followthrough.slack.reset();

        var response = followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                DeadlineForm.CALLBACK_ID,
                form.get("private_metadata").getAsString(),
                Map.of(DeadlineForm.DEADLINE, typed("Mon 10am"), DeadlineForm.MESSAGE, typed(messageDraft(form)))));

        assertThat(response.statusCode()).isEqualTo(200);
        var errors = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonObject("errors");
        assertThat(errors.get(DeadlineForm.MESSAGE).getAsString()).contains("[what's holding it up]");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.postMessage")).isEmpty();
        assertThat(followthrough.strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id))
                .containsExactly("CREATED");
        assertThat(followthrough.strings("SELECT to_char(due_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"
                        + " FROM commitments WHERE id = " + id))
                .containsExactly("2026-11-27 14:00");
    }

    private long promise(String text) {
        var response = followthrough.requests.slashCommand("U100", DM, text);
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    private JsonObject renegotiationForm(long id) {
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", DM, Action.RENEGOTIATE.id(), Long.toString(id)));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        return JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
    }

    private static String messageDraft(JsonObject form) {
        for (var block : form.getAsJsonArray("blocks")) {
            var object = block.getAsJsonObject();
            if (object.has("block_id") && object.get("block_id").getAsString().equals(DeadlineForm.MESSAGE)) {
                return object.getAsJsonObject("element").get("initial_value").getAsString();
            }
        }
        throw new AssertionError("no message in the form: " + form);
    }

    private List<SlackStandIn.Call> slippedMessages() {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .filter(call -> call.param("text").startsWith("Not in yet"))
                .toList();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
