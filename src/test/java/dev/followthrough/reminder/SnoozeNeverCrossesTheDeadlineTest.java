package dev.followthrough.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snoozing a nudge close to the deadline: the menu offers what fits, and no choice crosses it. */
class SnoozeNeverCrossesTheDeadlineTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String DM = "D100";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void aNudge44MinutesBeforeTheDeadlineOffersOnlyASnoozeThatFitsBeforeIt() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        followthrough.awaitSettled();
        followthrough.slack.reset();

        followthrough.clock.set(at("2026-11-27T13:16"));
        var nudge = awaitDirectMessage();

        assertThat(nudge.param("text")).contains("Due in 44 minutes");
        assertThat(nudge.param("blocks"))
                .contains(Action.SNOOZE.id())
                .contains("\"15m:" + id + "\"")
                .doesNotContain("\"1h:" + id + "\"")
                .doesNotContain("\"morning:" + id + "\"");
    }

    @Test
    void aSnoozeThatWouldCrossTheDeadlineEndsAtItAndSaysSo() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        followthrough.awaitSettled();
        followthrough.clock.set(at("2026-11-27T13:16"));
        awaitDirectMessage();
        followthrough.slack.reset();

        // An older message, whose menu still offered an hour, pressed now.
        choose(Action.SNOOZE.id(), "1h:" + id);

        assertThat(awaitCall("chat.update").param("text"))
                .contains("Snoozed")
                .contains("I'll remind you at the deadline, <!date^")
                .contains("|Fri 27 Nov, 2:00 PM EST>");
        assertThat(column(id, "to_char(snoozed_until AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"))
                .isEqualTo("2026-11-27 14:00");
        assertThat(followthrough.strings("SELECT to_char(remind_at AT TIME ZONE 'America/New_York', 'HH24:MI')"
                        + " FROM commitment_events WHERE kind = 'SNOOZED'"))
                .containsExactly("14:00");
    }

    @Test
    void aSnoozeThatFitsBeforeTheDeadlineIsKeptAsChosen() {
        var id = promise("send Acme the revised proposal by Fri 2pm");
        followthrough.awaitSettled();

        choose(Action.SNOOZE.id(), "1h:" + id);

        assertThat(awaitCall("chat.update").param("text"))
                .contains("I'll remind you about")
                .doesNotContain("deadline");
        assertThat(column(id, "to_char(snoozed_until AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI')"))
                .isEqualTo("2026-11-23 11:00");
    }

    private long promise(String text) {
        assertThat(followthrough.requests.slashCommand("U100", "C200", text).statusCode())
                .isEqualTo(200);
        return Long.parseLong(
                followthrough.strings("SELECT max(id) FROM commitments").get(0));
    }

    private void choose(String actionId, String optionValue) {
        var response = followthrough.requests.interaction(
                followthrough.requests.optionChosen("U100", DM, actionId, optionValue));
        assertThat(response.statusCode()).isEqualTo(200);
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

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
