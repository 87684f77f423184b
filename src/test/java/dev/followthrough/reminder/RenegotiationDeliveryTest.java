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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The owner of a renegotiation hears it arrived only once it has; if it can't, they get it back. */
class RenegotiationDeliveryTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String MESSAGE =
            "Sorry, the numbers from finance are late & I'm on it. You'll have it by " + DeadlineForm.NEW_TIME + ".";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
    }

    @Test
    void slackAnsweringInvalidBlocksOnceLeadsToThePlainTextBeingSentAndTheOwnerToldItArrived() {
        var form = renegotiationForm();
        followthrough.slack.script("chat.postMessage", SlackStandIn.Response.error("invalid_blocks"));

        renegotiate(form);

        await().atMost(Duration.ofSeconds(15)).until(() -> postsTo("U300").size() == 2);
        var fallback = postsTo("U300").get(1);
        assertThat(fallback.param("blocks")).isNull();
        assertThat(fallback.param("text"))
                .contains("A message from <@U100>")
                .contains("the numbers from finance are late &amp; I'm on it. You'll have it by Mon 30 Nov, 10:00 AM");
        awaitUpdateContaining("<@U300> has your message");
        assertThat(
                        followthrough.strings(
                                "SELECT status || ' ' || last_error FROM outbox WHERE dedupe_key ~ '^renegotiation:[0-9]+:v[0-9]+$'"))
                .containsExactly("SENT sent as plain text");
    }

    @Test
    void aRenegotiationThatFinallyFailsIsReportedWithWhyAndTheTextToCopyAndNeverAsDelivered() {
        var form = renegotiationForm();
        followthrough.slack.refuseChannel("U300", "user_disabled");

        renegotiate(form);

        await().atMost(Duration.ofSeconds(15)).until(() -> !postsTo("U100").isEmpty());
        var report = postsTo("U100").get(0);
        assertThat(report.param("text"))
                .contains("I couldn't deliver your message to <@U300>")
                .contains("their Slack account is deactivated");
        assertThat(report.param("blocks"))
                .contains("```Sorry, the numbers from finance are late &amp; I'm on it. You'll have it by Mon 30 Nov,"
                        + " 10:00 AM EST.```");
        awaitUpdateContaining("didn't arrive");
        followthrough.awaitSettled();
        assertThat(followthrough.slack.calls().stream()
                        .map(call -> call.param("text"))
                        .filter(Objects::nonNull))
                .noneMatch(text -> text.contains("has your message"));
        assertThat(
                        followthrough.strings(
                                "SELECT status || ' ' || last_error FROM outbox WHERE dedupe_key ~ '^renegotiation:[0-9]+:v[0-9]+$'"))
                .containsExactly("FAILED user_disabled");
    }

    private JsonObject renegotiationForm() {
        var promised =
                followthrough.requests.slashCommand("U100", "D100", "send <@U300|buyer> the proposal by Fri 2pm");
        assertThat(promised.statusCode()).isEqualTo(200);
        var id = followthrough.strings("SELECT max(id) FROM commitments").get(0);
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "D100", Action.RENEGOTIATE.id(), id));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls("views.open").isEmpty());
        return JsonParser.parseString(
                        followthrough.slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
    }

    private void renegotiate(JsonObject form) {
        var response = followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                DeadlineForm.CALLBACK_ID,
                form.get("private_metadata").getAsString(),
                Map.of(DeadlineForm.DEADLINE, typed("Mon 10am"), DeadlineForm.MESSAGE, typed(MESSAGE))));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    private void awaitUpdateContaining(String text) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.update").stream()
                        .anyMatch(call -> call.param("text").contains(text)));
        assertThat(followthrough.slack.calls("chat.update").get(0).param("text"))
                .contains("on its way");
    }

    private List<SlackStandIn.Call> postsTo(String channel) {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> channel.equals(call.param("channel")))
                .toList();
    }
}
