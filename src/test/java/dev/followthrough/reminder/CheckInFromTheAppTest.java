package dev.followthrough.reminder;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.Redelivery;
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

/** When what someone on Slack owes the owner slips, the owner can send the check-in from the app. */
class CheckInFromTheAppTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String CHECK_IN = "Hi Dana, is the PO still on its way? When can I expect it?";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void theSlippedMessageOffersTheCheckInAsADmAndTellsTheOwnerWhenItArrived() {
        var id = slipped("<@U300|buyer> will send the PO by Tuesday");
        assertThat(slippedMessage().param("blocks")).contains(Action.SEND_CHECK_IN.id());

        var form = checkInForm(id);
        assertThat(form.get("callback_id").getAsString()).isEqualTo(CheckInForm.CALLBACK_ID);
        assertThat(form.toString()).contains("just checking in").contains("Sent to them as a DM");
        var answers = Redelivery.retriesChangeNothing(followthrough, submission(form, CHECK_IN));

        assertThat(answers.get(0).body()).isEmpty();
        assertThat(postsTo("U300")).hasSize(1);
        assertThat(postsTo("U300").get(0).param("text"))
                .contains("A check-in from <@U100>")
                .contains(CHECK_IN);
        var updates = followthrough.slack.calls("chat.update");
        assertThat(updates.get(0).param("text"))
                .contains("Your check-in to <@U300>")
                .contains("on its way as a DM");
        assertThat(updates.get(0).param("blocks"))
                .contains(Action.THEY_DELIVERED.id())
                .contains(Action.NEW_DATE.id())
                .doesNotContain(Action.SEND_CHECK_IN.id());
        assertThat(updates).anyMatch(call -> call.param("text").contains("<@U300> has your check-in"));
        assertThat(followthrough.strings("SELECT kind FROM commitment_events WHERE commitment_id = " + id))
                .containsExactly("CREATED", "MISSED");
    }

    @Test
    void aCheckInThatFinallyFailsIsReportedWithTheTextToCopy() {
        var form = checkInForm(slipped("<@U300|buyer> will send the PO by Tuesday"));
        followthrough.slack.refuseChannel("U300", "user_disabled");

        var response = followthrough.requests.interaction(submission(form, CHECK_IN));

        assertThat(response.body()).isEmpty();
        await().atMost(Duration.ofSeconds(15)).until(() -> !postsTo("U100").isEmpty());
        assertThat(postsTo("U100").get(0).param("text")).contains("I couldn't deliver your check-in to <@U300>");
        assertThat(postsTo("U100").get(0).param("blocks")).contains("```" + CHECK_IN + "```");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.update").stream()
                        .anyMatch(call -> call.param("text").contains("didn't arrive")));
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls("chat.update"))
                .noneMatch(call -> call.param("text").contains("has your check-in"));
    }

    @Test
    void anEmptyCheckInIsRefusedOnItsField() {
        var id = slipped("<@U300|buyer> will send the PO by Tuesday");

        var response = followthrough.requests.interaction(submission(checkInForm(id), "  "));

        var answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(answer.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(answer.getAsJsonObject("errors").has(CheckInForm.MESSAGE)).isTrue();
        followthrough.awaitSettled();
        assertThat(postsTo("U300")).isEmpty();
    }

    @Test
    void whenTheOtherSideIsntOnSlackTheCheckInStaysReadyToCopy() {
        slipped("Acme will send the PO by Tuesday");

        var blocks = slippedMessage().param("blocks");

        assertThat(blocks).contains("just checking in").doesNotContain(Action.SEND_CHECK_IN.id());
    }

    /** A THEIRS promise made in a DM, past its deadline, and the slipped message sent. */
    private long slipped(String text) {
        assertThat(followthrough.requests.slashCommand("U100", "D100", text).statusCode())
                .isEqualTo(200);
        var id = Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
        followthrough.clock.set(at("2026-11-24T17:10:30"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> postsTo("U100").stream()
                        .anyMatch(call -> call.param("text").contains("Not in yet")));
        followthrough.awaitSettled();
        return id;
    }

    private SlackStandIn.Call slippedMessage() {
        return postsTo("U100").stream()
                .filter(call -> call.param("text").contains("Not in yet"))
                .findFirst()
                .orElseThrow();
    }

    private JsonObject checkInForm(long id) {
        followthrough.slack.reset();
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "D100", Action.SEND_CHECK_IN.id(), Long.toString(id)));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        var view = followthrough.slack.calls("views.open").get(0).param("view");
        followthrough.slack.reset();
        return JsonParser.parseString(view).getAsJsonObject();
    }

    private JsonObject submission(JsonObject form, String checkIn) {
        return followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of(CheckInForm.MESSAGE, typed(checkIn)));
    }

    private List<SlackStandIn.Call> postsTo(String channel) {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> channel.equals(call.param("channel")))
                .toList();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
