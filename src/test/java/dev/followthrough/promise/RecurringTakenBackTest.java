package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A recurring promise's series when one of its promises is taken back, through the signed
 * endpoint: a keep reopened takes back the next occurrence its early keep made, and Undo on the
 * promise that started the series ends the series. The shared clock starts on Monday 23 Nov 2026,
 * 10:00 in New York; "every Friday" falls due at 17:00 there (22:00 UTC).
 */
class RecurringTakenBackTest {

    private static final String EVERY_FRIDAY = "every Friday send the pipeline update";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void reopeningAnEarlyKeepTakesBackTheNextOccurrenceItMadeOnceHoweverOftenItIsPressed() {
        var first = startTheSeries();
        press(Action.MARK_DONE, first);
        assertThat(occurrences()).containsExactly("2026-11-27 KEPT", "2026-12-04 OPEN");
        followthrough.slack.reset();

        Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", "C200", Action.REOPEN.id(), Long.toString(first)));

        assertThat(occurrences()).containsExactly("2026-11-27 OPEN");
        assertThat(followthrough.strings("SELECT current_on || ' ' || advance_at FROM commitment_series"))
                .containsExactly("2026-11-27 2026-11-27 22:00:00+00");
        assertThat(awaitCall("response_url").param("text"))
                .contains("Reopened")
                .contains("The next one, due")
                .contains("is taken back: it comes when this one is due");
        // One open at a time, as before the keep: the next comes when the reopened one is due, once.
        followthrough.clock.set(Instant.parse("2026-11-27T22:00:01Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> occurrences().size() == 2);
        followthrough.awaitSettled();
        assertThat(occurrences()).hasSize(2).last().isEqualTo("2026-12-04 OPEN");
        assertThat(followthrough.strings("SELECT current_on || ' ' || advance_at FROM commitment_series"))
                .containsExactly("2026-12-04 2026-12-04 22:00:00+00");
    }

    @Test
    void keepingAgainAfterAReopenMakesTheNextOccurrenceAgain() {
        var first = startTheSeries();
        press(Action.MARK_DONE, first);
        press(Action.REOPEN, first);
        assertThat(occurrences()).containsExactly("2026-11-27 OPEN");

        press(Action.MARK_DONE, first);

        assertThat(occurrences()).containsExactly("2026-11-27 KEPT", "2026-12-04 OPEN");
    }

    @Test
    void reopeningAnEarlyKeepOfASeriesSinceEndedLeavesTheOccurrenceTheEndingSaidStaysOpen() {
        var first = startTheSeries();
        press(Action.MARK_DONE, first);
        var seriesId = followthrough.number("SELECT id FROM commitment_series");
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", PromiseList.END_SERIES, Long.toString(seriesId)));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough
                        .strings("SELECT ended_at IS NULL FROM commitment_series")
                        .equals(List.of("f")));
        followthrough.awaitSettled();
        followthrough.slack.reset();

        press(Action.REOPEN, first);

        // Ending the series told its owner the open one stays: it does, and no more follow.
        assertThat(occurrences()).containsExactly("2026-11-27 OPEN", "2026-12-04 OPEN");
        assertThat(awaitCall("response_url").param("text")).contains("stays open too");
        followthrough.clock.set(Instant.parse("2026-12-04T22:00:01Z"));
        followthrough.awaitSettled();
        assertThat(occurrences()).hasSize(2);
    }

    @Test
    void aNextOccurrenceItsOwnerHasActedOnStaysOpenWhenTheKeepBeforeItIsReopened() {
        var first = startTheSeries();
        press(Action.MARK_DONE, first);
        var next = followthrough.number("SELECT id FROM commitments WHERE occurrence_on = '2026-12-04'");
        followthrough.requests.interaction(
                followthrough.requests.optionChosen("U100", "D100", Action.SNOOZE.id(), "1h:" + next));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough
                        .strings("SELECT kind FROM commitment_events WHERE commitment_id = " + next)
                        .contains("SNOOZED"));
        followthrough.slack.reset();

        press(Action.REOPEN, first);

        assertThat(occurrences()).containsExactly("2026-11-27 OPEN", "2026-12-04 OPEN");
        assertThat(followthrough.strings("SELECT current_on::text FROM commitment_series"))
                .containsExactly("2026-12-04");
        assertThat(awaitCall("response_url").param("text")).contains("stays open too, as you've already acted on it");
    }

    @Test
    void reopeningAKeepMadeAfterItsDueTimeLeavesTheNextOccurrenceTheSweepMade() {
        var first = startTheSeries();
        followthrough.clock.set(Instant.parse("2026-11-27T22:00:01Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> occurrences().size() == 2);
        followthrough.awaitSettled();
        press(Action.MARK_DONE, first);

        press(Action.REOPEN, first);

        assertThat(occurrences()).hasSize(2).last().isEqualTo("2026-12-04 OPEN");
        assertThat(followthrough.strings("SELECT current_on::text FROM commitment_series"))
                .containsExactly("2026-12-04");
    }

    @Test
    void undoOnThePromiseThatStartedASeriesEndsTheSeriesOnceAndSaysSo() {
        var first = startTheSeries();

        Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", "C200", Action.UNDO.id(), Long.toString(first)));

        assertThat(occurrences()).containsExactly("2026-11-27 UNDONE");
        assertThat(followthrough.strings("SELECT (ended_at IS NOT NULL) || ' ' || ended_by FROM commitment_series"))
                .containsExactly("true U100");
        assertThat(followthrough.strings("SELECT kind FROM commitment_events ORDER BY id"))
                .containsExactly("CREATED", "UNDONE", "SERIES_ENDED");
        assertThat(awaitCall("response_url").param("text"))
                .contains("Undone")
                .contains("The series goes with it: no more occurrences will be made.");
        // The sweep makes no further occurrence, at the first one's due time or any after it.
        followthrough.clock.set(Instant.parse("2026-11-27T22:00:01Z"));
        followthrough.awaitSettled();
        followthrough.clock.set(Instant.parse("2026-12-04T22:00:01Z"));
        followthrough.awaitSettled();
        assertThat(occurrences()).containsExactly("2026-11-27 UNDONE");
        var list = followthrough.requests.slashCommand("U100", "C200", "cancel").body();
        assertThat(list).doesNotContain("Your recurring promises");
    }

    @Test
    void undoOnAPromiseThatRepeatsNothingLeavesEverySeriesAlone() {
        startTheSeries();
        followthrough.requests.slashCommand("U100", "C200", "send Acme the deck by Thu 2pm");
        var oneOff = followthrough.number("SELECT id FROM commitments WHERE series_id IS NULL");

        press(Action.UNDO, oneOff);

        assertThat(followthrough.strings("SELECT ended_at IS NULL FROM commitment_series"))
                .containsExactly("t");
        assertThat(occurrences()).containsExactly("2026-11-27 OPEN");
    }

    private long startTheSeries() {
        var answer = followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        assertThat(answer.statusCode()).isEqualTo(200);
        return followthrough.number("SELECT id FROM commitments WHERE series_id IS NOT NULL");
    }

    private void press(Action action, long commitmentId) {
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", action.id(), Long.toString(commitmentId)));
        followthrough.awaitSettled();
    }

    private List<String> occurrences() {
        return followthrough.strings("SELECT occurrence_on || ' ' || status FROM commitments"
                + " WHERE series_id IS NOT NULL ORDER BY occurrence_on");
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }
}
