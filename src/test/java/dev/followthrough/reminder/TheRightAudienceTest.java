package dev.followthrough.reminder;

import static dev.followthrough.support.SlackRequests.checked;
import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A renegotiation's words reach the right people, and the owner is told where each went: the
 * other side by DM when on Slack, otherwise the owner, ready to copy; the channel only a short
 * factual note, and only when the owner chose it.
 */
class TheRightAudienceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String CHANNEL = "C200";
    private static final String MESSAGE =
            "Hi Dana, the numbers from finance are late. You'll have it by " + DeadlineForm.NEW_TIME + ".";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void aMessageToACompanyIsNeverPostedInTheChannelButComesBackReadyToCopy() {
        var form = renegotiationForm(promise(CHANNEL, "send Acme the revised proposal by Fri 2pm"));
        assertThat(form.toString())
                .contains("Acme isn't on Slack")
                .contains(DeadlineForm.CHANNEL_NOTE)
                .contains("\"text\":\"Save\"");

        var answer = body(
                submit(form, Map.of(DeadlineForm.DEADLINE, typed("Mon 10am"), DeadlineForm.MESSAGE, typed(MESSAGE))));

        assertThat(answer.get("response_action").getAsString()).isEqualTo("update");
        assertThat(answer.toString())
                .contains("Ready to copy")
                .contains("Acme isn't on Slack, so nothing was sent to them")
                .contains("the numbers from finance are late. You'll have it by Mon 30 Nov, 10:00 AM");
        var settled = awaitCall("chat.update");
        assertThat(settled.param("text")).contains("Renegotiated").contains("Acme isn't on Slack");
        assertThat(settled.param("blocks")).contains("the numbers from finance are late");
        followthrough.awaitSettled();
        assertThat(postsTo(CHANNEL)).isEmpty();
        assertThat(followthrough.slack.calls("chat.postMessage"))
                .noneMatch(call -> call.param("text").contains("finance"));
    }

    @Test
    void theOwnerMayChooseAShortFactualNoteInTheChannelThreadThatClaimsNoAgreement() {
        var form = renegotiationForm(promise(CHANNEL, "send Acme the revised proposal by Fri 2pm"));

        var answer = body(submit(
                form,
                Map.of(
                        DeadlineForm.DEADLINE, typed("Mon 10am"),
                        DeadlineForm.MESSAGE, typed(MESSAGE),
                        DeadlineForm.CHANNEL_NOTE, checked("note"))));

        assertThat(answer.toString()).contains("Ready to copy").contains("<#C200> thread");
        var note = awaitPostTo(CHANNEL);
        assertThat(note.param("text"))
                .contains("<@U100> moved the promise to send Acme the revised proposal to")
                .contains("Mon 30 Nov, 10:00 AM")
                .contains(", before the old deadline.")
                .doesNotContain("agreed");
        assertThat(note.param("blocks")).doesNotContain("finance");
        assertThat(awaitCall("chat.update").param("text"))
                .contains("isn't on Slack")
                .contains("A short note that it moved is going in its <#C200> thread.");
        followthrough.awaitSettled();
        assertThat(postsTo(CHANNEL)).hasSize(1);
    }

    @Test
    void aNoteAfterTheDeadlineSaysItHadPassed() {
        var id = promise(CHANNEL, "send Acme the revised proposal by Fri 2pm");
        followthrough.clock.set(at("2026-11-28T09:00"));
        followthrough.awaitSettled();
        followthrough.slack.reset();

        submit(
                renegotiationForm(id),
                Map.of(DeadlineForm.DEADLINE, typed("Tue 10am"), DeadlineForm.CHANNEL_NOTE, checked("note")));

        assertThat(awaitPostTo(CHANNEL).param("text"))
                .contains("moved the promise to send Acme the revised proposal to")
                .contains("Tue 1 Dec, 10:00 AM")
                .contains(", after the old deadline had passed.")
                .doesNotContain("agreed");
    }

    @Test
    void someoneOnSlackGetsTheMessageAsADmAndTheChannelOnlyTheNote() {
        var form = renegotiationForm(promise(CHANNEL, "send <@U300|buyer> the revised proposal by Fri 2pm"));
        assertThat(form.toString()).contains("Sent to them as a DM").contains("\"text\":\"Send\"");

        var response = submit(
                form,
                Map.of(
                        DeadlineForm.DEADLINE, typed("Mon 10am"),
                        DeadlineForm.MESSAGE, typed(MESSAGE),
                        DeadlineForm.CHANNEL_NOTE, checked("note")));

        assertThat(response.body()).isEmpty();
        assertThat(awaitPostTo("U300").param("text")).contains("the numbers from finance are late");
        assertThat(awaitPostTo(CHANNEL).param("blocks")).doesNotContain("finance");
        assertThat(awaitCall("chat.update").param("text"))
                .contains("Your message to <@U300> is on its way as a DM.")
                .contains("<#C200> thread");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.update").stream()
                        .anyMatch(call -> call.param("text").contains("<@U300> has your message.")
                                && call.param("text").contains("<#C200> thread")));
    }

    @Test
    void withoutTheNoteTheChannelHearsNothingOfTheNewDate() {
        submit(
                renegotiationForm(promise(CHANNEL, "send <@U300|buyer> the revised proposal by Fri 2pm")),
                Map.of(DeadlineForm.DEADLINE, typed("Mon 10am"), DeadlineForm.MESSAGE, typed(MESSAGE)));

        awaitPostTo("U300");
        followthrough.awaitSettled();
        assertThat(postsTo(CHANNEL)).isEmpty();
    }

    @Test
    void aPromiseMadeInADmOffersNoChannelNote() {
        var form = renegotiationForm(promise("D100", "send Acme the revised proposal by Fri 2pm"));

        assertThat(form.toString()).doesNotContain(DeadlineForm.CHANNEL_NOTE);
    }

    private long promise(String channel, String text) {
        assertThat(followthrough.requests.slashCommand("U100", channel, text).statusCode())
                .isEqualTo(200);
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    private JsonObject renegotiationForm(long id) {
        followthrough.awaitSettled();
        followthrough.slack.reset();
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "D100", Action.RENEGOTIATE.id(), Long.toString(id)));
        var open = awaitCall("views.open");
        followthrough.slack.reset();
        return JsonParser.parseString(open.param("view")).getAsJsonObject();
    }

    private HttpResponse<String> submit(JsonObject form, Map<String, JsonObject> values) {
        var response = followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                new HashMap<>(values)));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static JsonObject body(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }

    private SlackStandIn.Call awaitPostTo(String channel) {
        await().atMost(Duration.ofSeconds(15)).until(() -> !postsTo(channel).isEmpty());
        return postsTo(channel).get(0);
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
