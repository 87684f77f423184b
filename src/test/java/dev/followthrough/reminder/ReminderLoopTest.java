package dev.followthrough.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.PrometheusText;
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

/** The enforcement loop through the real endpoint, database, Quartz jobs, outbox and Slack stand-in. */
class ReminderLoopTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(at("2026-11-23T10:00"));
    }

    @Test
    void aHardPromiseGetsItsTwoNudgesThenOneMissedNotice() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");

        followthrough.clock.set(at("2026-11-26T14:00:30"));
        var first = awaitDirectMessages(1).get(0);
        assertThat(first.param("channel")).isEqualTo("U100");
        assertThat(first.param("text")).contains("Due in 1 day").contains("send Acme the revised proposal");
        assertThat(first.param("blocks"))
                .contains(Action.DELIVERED.id())
                .contains(Action.FOLLOWED_UP.id())
                .contains(Action.RENEGOTIATE.id())
                .contains(Action.SNOOZE.id());

        followthrough.clock.set(at("2026-11-27T13:00:30"));
        assertThat(awaitDirectMessages(2).get(1).param("text")).contains("Due in 1 hour:");

        followthrough.clock.set(at("2026-11-27T14:10:30"));
        var missed = awaitDirectMessages(3).get(2);
        assertThat(missed.param("text")).contains("Missed: send Acme the revised proposal");
        assertThat(missed.param("blocks")).contains(Action.RENEGOTIATE.id());
        assertThat(followthrough.strings("SELECT status FROM commitments")).containsExactly("MISSED");
        assertThat(followthrough.strings("SELECT kind FROM commitment_events ORDER BY id"))
                .containsExactly("CREATED", "MISSED");

        followthrough.clock.set(at("2026-11-30T10:00"));
        pause();
        assertThat(directMessages()).hasSize(3);
    }

    @Test
    void afterDowntimeOnlyTheMissedNoticeIsSentNotTheNudgesThatPassed() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");

        followthrough.clock.set(at("2026-11-28T09:00"));

        var messages = awaitDirectMessages(1);
        pause();
        assertThat(directMessages()).hasSize(1);
        assertThat(messages.get(0).param("text")).startsWith("Missed:");
    }

    @Test
    void whatSomeoneOwesIsQuietUntilItSlips() {
        followthrough.requests.slashCommand("U100", "C200", "<@U300|buyer> will send the PO by Tuesday");

        followthrough.clock.set(at("2026-11-24T16:00"));
        pause();
        assertThat(directMessages()).isEmpty();

        followthrough.clock.set(at("2026-11-24T17:10:30"));
        var slipped = awaitDirectMessages(1).get(0);
        assertThat(slipped.param("channel")).isEqualTo("U100");
        assertThat(slipped.param("text")).contains("Not in yet: <@U300> said they'd send the PO");
        assertThat(slipped.param("blocks"))
                .contains(Action.THEY_DELIVERED.id())
                .contains(Action.NEW_DATE.id())
                .contains(Action.DROP.id())
                .contains("just checking in: you were going to send the PO by");
    }

    @Test
    void aSoftPromiseIsAskedToBeFirmedUpTheNextWorkingMorning() {
        followthrough.requests.slashCommand("U100", "C200", "call the CFO back in two weeks");

        followthrough.clock.set(at("2026-11-24T08:59"));
        pause();
        assertThat(directMessages()).isEmpty();

        followthrough.clock.set(at("2026-11-24T09:00:30"));
        var prompt = awaitDirectMessages(1).get(0);
        assertThat(prompt.param("text")).contains("Pin it down: call the CFO back");
        assertThat(prompt.param("blocks")).contains(Action.FIRM_UP.id());
    }

    @Test
    void aReminderSlackRefusesForGoodIsMarkedFailedAndCountedInMetrics() throws Exception {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.slack.fail("chat.postMessage", "user_disabled");

        followthrough.clock.set(at("2026-11-26T14:00:30"));
        followthrough.awaitSettled();

        assertThat(followthrough.strings("SELECT status || ' ' || last_error FROM outbox"))
                .containsExactly("FAILED user_disabled");
        // The gauges counted in the database are read at most every 15 s: a scrape may show the last reading.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var metrics = PrometheusText.of(followthrough.application.metricsPort());
            assertThat(metrics.sum("followthrough_outbox_messages", Map.of("status", "failed")))
                    .isEqualTo(1);
            assertThat(metrics.sum("followthrough_commitments", Map.of("status", "open")))
                    .isEqualTo(1);
        });
    }

    private List<SlackStandIn.Call> awaitDirectMessages(int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> directMessages().size() >= count);
        return directMessages();
    }

    private List<SlackStandIn.Call> directMessages() {
        return followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .toList();
    }

    /** Waits until the sweep has looked at everything due and the outbox has sent all it holds. */
    private void pause() {
        followthrough.awaitSettled();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
