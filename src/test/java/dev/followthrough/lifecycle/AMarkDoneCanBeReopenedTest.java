package dev.followthrough.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An accidental Mark done is taken back from its confirmation for 24 hours: the promise is open
 * again with its deadline and reminders as before, and the keep counts as if it never happened.
 */
class AMarkDoneCanBeReopenedTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();
    private final Presses presses = new Presses(followthrough);

    @BeforeEach
    void startClean() {
        presses.fresh();
    }

    @Test
    void reopeningFromTheConfirmationOpensThePromiseAgainAndItsRemindersComeAsBefore() {
        var id = keptFromTheSummary();
        var reopen = reopenValue();

        presses.press("U100", Presses.CHANNEL, Action.REOPEN.id(), reopen, false);

        var answer = presses.awaitCall("response_url", call -> true);
        assertThat(answer.param("text"))
                .contains("Reopened")
                .contains("send Acme the deck")
                .contains("open again");
        assertThat(presses.status(id)).isEqualTo("OPEN");
        assertThat(presses.events(id)).containsExactly("CREATED", "KEPT", "REOPENED");
        assertThat(followthrough.number("SELECT count(*) FROM commitments WHERE closed_at IS NULL AND id = " + id))
                .isEqualTo(1);

        // The nudge before Friday's deadline comes as if the promise had never been kept.
        followthrough.awaitSettled();
        followthrough.slack.reset();
        followthrough.clock.set(Presses.at("2026-11-26T14:00:30"));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.postMessage").stream()
                        .anyMatch(call -> "U100".equals(call.param("channel"))
                                && call.param("blocks").contains(Action.DELIVERED.id())));
    }

    @Test
    void deliveredOnAReminderCanBeReopenedFromItsConfirmationToo() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        followthrough.slack.reset();
        presses.press("U100", Action.DELIVERED, id, false);
        var settled = presses.awaitCall("chat.update", call -> true);
        var reopen =
                Presses.buttonValue(Presses.blocksOf(settled), Action.REOPEN).orElseThrow();
        followthrough.awaitSettled();
        followthrough.slack.reset();

        presses.press("U100", "D100", Action.REOPEN.id(), reopen, false);

        assertThat(presses.awaitCall("response_url", call -> true).param("text"))
                .contains("Reopened");
        assertThat(presses.status(id)).isEqualTo("OPEN");
    }

    @Test
    void afterTwentyFourHoursItExplainsItCanNoLongerBeReopened() {
        var id = keptFromTheSummary();
        var reopen = reopenValue();
        followthrough.clock.set(followthrough.clock.instant().plus(Duration.ofHours(25)));

        presses.press("U100", Presses.CHANNEL, Action.REOPEN.id(), reopen, false);

        var answer = presses.awaitCall("response_url", call -> true);
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.param("text")).contains("can no longer be reopened");
        assertThat(presses.status(id)).isEqualTo("KEPT");
        assertThat(presses.events(id)).containsExactly("CREATED", "KEPT");
    }

    @Test
    void slacksRetriesOfAReopenChangeNothingAndASecondPressIsRefused() {
        var id = keptFromTheSummary();
        var reopen = reopenValue();
        var payload = followthrough.requests.buttonPress("U100", Presses.CHANNEL, Action.REOPEN.id(), reopen);

        Redelivery.retriesChangeNothing(followthrough, payload);

        assertThat(presses.events(id)).containsExactly("CREATED", "KEPT", "REOPENED");
        followthrough.slack.reset();
        presses.press("U100", Presses.CHANNEL, Action.REOPEN.id(), reopen, false);
        assertThat(presses.awaitCall("response_url", call -> true).param("text"))
                .contains("open already");
        assertThat(presses.events(id)).containsExactly("CREATED", "KEPT", "REOPENED");
    }

    @Test
    void theChannelThatHeardItWasKeptHearsItWasReopenedAndHearsOfTheNextKeep() {
        keptFromTheSummary();
        var kept = presses.awaitCall(
                "chat.postMessage",
                call -> Presses.CHANNEL.equals(call.param("channel"))
                        && call.param("text").contains("Kept"));
        var reopen = reopenValue();

        presses.press("U100", Presses.CHANNEL, Action.REOPEN.id(), reopen, false);

        var correction = presses.awaitCall(
                "chat.postMessage",
                call -> Presses.CHANNEL.equals(call.param("channel"))
                        && call.param("text").contains("Not delivered after all"));
        assertThat(correction.param("text")).contains("send Acme the deck").contains("open again");
        // The keep started the promise's thread; the correction replies in it.
        assertThat(kept.param("thread_ts")).isNull();
        assertThat(correction.param("thread_ts")).isNotNull();
        followthrough.awaitSettled();
        followthrough.slack.reset();
        followthrough.clock.advance(Duration.ofMinutes(5));

        presses.press("U100", Action.MARK_DONE, presses.lastId(), false);

        var keptAgain = presses.awaitCall(
                "chat.postMessage",
                call -> Presses.CHANNEL.equals(call.param("channel"))
                        && call.param("text").contains("Kept"));
        assertThat(keptAgain.param("thread_ts")).isEqualTo(correction.param("thread_ts"));
    }

    @Test
    void reopenedAfterItsDeadlineItIsMarkedMissedWithItsEventAndItsPrompt() {
        presses.promise("send Acme the deck by 11am");
        var id = presses.lastId();
        followthrough.slack.reset();
        presses.press("U100", Action.MARK_DONE, id, false);
        var reopen = reopenValue();
        followthrough.clock.set(Presses.at("2026-11-23T12:00"));

        presses.press("U100", Presses.CHANNEL, Action.REOPEN.id(), reopen, false);

        await().atMost(Duration.ofSeconds(15)).until(() -> presses.status(id).equals("MISSED"));
        assertThat(presses.events(id)).containsExactly("CREATED", "KEPT", "REOPENED", "MISSED");
        // Missed, it gets what every missed promise gets: the prompt to renegotiate.
        var prompt = presses.awaitDirectMessageTo("U100");
        assertThat(prompt.param("blocks")).contains(Action.RENEGOTIATE.id());
        assertThat(followthrough.number("SELECT count(*) FROM commitments WHERE closed_at IS NULL AND id = " + id))
                .isEqualTo(1);
    }

    /** Made and marked done from the summary after {@code /promise}; leaves the confirmation. */
    private long keptFromTheSummary() {
        presses.promise("send Acme the deck by Fri 2pm");
        var id = presses.lastId();
        followthrough.slack.reset();
        presses.press("U100", Action.MARK_DONE, id, false);
        presses.awaitCall("response_url", call -> true);
        followthrough.awaitSettled();
        assertThat(presses.status(id)).isEqualTo("KEPT");
        return id;
    }

    private String reopenValue() {
        var confirmation = presses.awaitCall("response_url", call -> true);
        followthrough.slack.reset();
        return Presses.buttonValue(Presses.blocksOf(confirmation), Action.REOPEN)
                .orElseThrow();
    }
}
