package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.lifecycle.Action;
import dev.followthrough.support.Redelivery;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recurring promises through the signed endpoint: a series and its first occurrence, the next one
 * made when one is due or done, once, and the series ended from {@code /promise cancel}. The
 * shared clock starts on Monday 23 Nov 2026, 10:00 in New York.
 */
class RecurringPromisesTest {

    private static final String EVERY_FRIDAY = "every Friday send the pipeline update";

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void aRecurringPromiseIsASeriesWhoseFirstOccurrenceIsDueOnItsFirstDay() {
        var answer = followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("send the pipeline update")
                .contains("Repeats every Friday at 5:00 PM, first on Fri 27 Nov, next on Fri 4 Dec");
        assertThat(followthrough.number("SELECT count(*) FROM commitment_series"))
                .isEqualTo(1);
        assertThat(followthrough.strings(
                        "SELECT due_at || ' ' || occurrence_on FROM commitments" + " WHERE series_id IS NOT NULL"))
                .containsExactly("2026-11-27 22:00:00+00 2026-11-27");
    }

    @Test
    void theSameCommandDeliveredFourTimesMakesOneSeries() {
        var command = SlackRequests.form(followthrough.requests.command("U100", "C200", EVERY_FRIDAY));

        var answers = Redelivery.retriesChangeNothing(followthrough, command);

        assertThat(answers)
                .extracting(answer -> answer.body())
                .containsOnly(answers.get(0).body());
        assertThat(followthrough.number("SELECT count(*) FROM commitment_series"))
                .isEqualTo(1);
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(1);
    }

    @Test
    void theNextOccurrenceIsMadeOnceWhenTheLatestComesDue() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);

        followthrough.clock.set(Instant.parse("2026-11-27T22:00:01Z"));

        await().atMost(Duration.ofSeconds(15)).until(() -> occurrences().size() == 2);
        assertThat(occurrences()).containsExactly("2026-11-27 OPEN", "2026-12-04 OPEN");
        // The series waits for the new occurrence's due time: no sweep makes a third before then.
        assertThat(followthrough.strings("SELECT current_on || ' ' || advance_at FROM commitment_series"))
                .containsExactly("2026-12-04 2026-12-04 22:00:00+00");
    }

    @Test
    void keepingAnOccurrenceEarlyMakesTheNextOnceHoweverOftenItIsPressed() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        var first = followthrough.number("SELECT min(id) FROM commitments");

        Redelivery.retriesChangeNothing(
                followthrough,
                followthrough.requests.buttonPress("U100", "C200", Action.MARK_DONE.id(), Long.toString(first)));

        assertThat(occurrences()).containsExactly("2026-11-27 KEPT", "2026-12-04 OPEN");
        followthrough.clock.set(Instant.parse("2026-11-27T22:00:01Z"));
        followthrough.awaitSettled();
        assertThat(occurrences()).hasSize(2);
    }

    @Test
    void cancellingOneOccurrenceLeavesTheSeriesAndMakesTheNext() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        var first = followthrough.number("SELECT min(id) FROM commitments");

        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.CANCEL.id(), Long.toString(first)));
        var form = openedForm();
        followthrough.requests.interaction(followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of()));

        assertThat(occurrences()).containsExactly("2026-11-27 CANCELLED", "2026-12-04 OPEN");
        assertThat(followthrough.strings("SELECT ended_at IS NULL FROM commitment_series"))
                .containsExactly("t");
    }

    @Test
    void movingOneOccurrenceLeavesTheSeriesOnItsSchedule() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        var first = followthrough.number("SELECT min(id) FROM commitments");

        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.RENEGOTIATE.id(), Long.toString(first)));
        var form = openedForm();
        // The deadline form's own block id: it lives with the reminders.
        var moved = followthrough.requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of("deadline", SlackRequests.typed("Mon 10am")));
        Redelivery.retriesChangeNothing(followthrough, moved);

        assertThat(followthrough.strings(
                        "SELECT occurrence_on || ' ' || due_at || ' v' || deadline_version" + " FROM commitments"))
                .containsExactly("2026-11-27 2026-11-30 15:00:00+00 v2");
        assertThat(followthrough.strings(
                        "SELECT current_on || ' ' || advance_at || ' ' || (ended_at IS NULL) FROM commitment_series"))
                .containsExactly("2026-11-27 2026-11-27 22:00:00+00 true");
        // The next occurrence comes on the series' own day, not the moved one's.
        followthrough.clock.set(Instant.parse("2026-11-27T22:00:01Z"));
        await().atMost(Duration.ofSeconds(15)).until(() -> occurrences().size() == 2);
        assertThat(occurrences()).containsExactly("2026-11-27 OPEN", "2026-12-04 OPEN");
        assertThat(followthrough.strings("SELECT due_at::text FROM commitments WHERE occurrence_on = '2026-12-04'"))
                .containsExactly("2026-12-04 22:00:00+00");
    }

    @Test
    void theCancelListEndsASeriesAndSaysItsOpenOccurrenceStaysOpen() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        var seriesId = followthrough.number("SELECT id FROM commitment_series");

        var list = followthrough.requests.slashCommand("U100", "C200", "cancel");

        assertThat(list.body()).contains("Your recurring promises (1)").contains("every Friday at 5:00 PM");
        var button = endButton(JsonParser.parseString(list.body()).getAsJsonObject());
        assertThat(button.get("value").getAsString()).isEqualTo(Long.toString(seriesId));
        followthrough.requests.interaction(followthrough.requests.buttonPress(
                "U100",
                "C200",
                button.get("action_id").getAsString(),
                button.get("value").getAsString()));

        var answer = awaitCall("response_url");
        assertThat(answer.param("text"))
                .contains("Ended the series *send the pipeline update*")
                .contains("is still open");
        assertThat(followthrough.strings("SELECT kind FROM commitment_events ORDER BY id"))
                .containsExactly("CREATED", "SERIES_ENDED");
        assertThat(followthrough.strings("SELECT advance_at IS NULL FROM commitment_series"))
                .containsExactly("t");
        followthrough.clock.set(Instant.parse("2026-11-27T22:00:01Z"));
        followthrough.awaitSettled();
        assertThat(occurrences()).containsExactly("2026-11-27 OPEN");
    }

    @Test
    void someoneElsesSeriesIsNotEnded() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        var seriesId = followthrough.number("SELECT id FROM commitment_series");

        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U999", "C200", PromiseList.END_SERIES, Long.toString(seriesId)));

        assertThat(awaitCall("response_url").param("text")).contains("isn't yours");
        assertThat(followthrough.strings("SELECT ended_at IS NULL FROM commitment_series"))
                .containsExactly("t");
    }

    @Test
    void theListMarksOccurrencesOfASeries() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        followthrough.requests.slashCommand("U100", "C200", "send Acme the deck by Thu 2pm");

        var list = followthrough.requests.slashCommand("U100", "C200", "list");

        assertThat(list.body()).containsOnlyOnce(":repeat: every Friday at 5:00 PM");
    }

    @Test
    void theScoreCountsEachOccurrence() {
        followthrough.requests.slashCommand("U100", "C200", EVERY_FRIDAY);
        keepTheOpenOccurrence();
        keepTheOpenOccurrence();

        var card = followthrough.requests.slashCommand("U100", "C200", "score").body();

        assertThat(occurrences()).containsExactly("2026-11-27 KEPT", "2026-12-04 KEPT", "2026-12-11 OPEN");
        assertThat(card).contains("*All time* · you\\n2 of 2 · 100%");
    }

    @Test
    void whatNamesNoDaysIsRefusedWithAnExampleAndNothingSaved() {
        var answer = followthrough.requests.slashCommand("U100", "C200", "every now and then check in with Acme");

        assertThat(answer.body())
                .contains("isn\\u0027t a schedule I can keep")
                .contains("every other Tuesday at 10")
                .contains("Nothing was saved");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
    }

    private void keepTheOpenOccurrence() {
        var open = followthrough.number("SELECT id FROM commitments WHERE status = 'OPEN'");
        followthrough.requests.interaction(
                followthrough.requests.buttonPress("U100", "C200", Action.MARK_DONE.id(), Long.toString(open)));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.number("SELECT count(*) FROM commitments WHERE status = 'OPEN'") == 1
                        && followthrough.number("SELECT count(*) FROM commitments WHERE id > " + open) == 1);
    }

    private List<String> occurrences() {
        return followthrough.strings(
                "SELECT occurrence_on || ' ' || status FROM commitments WHERE series_id IS NOT NULL ORDER BY occurrence_on");
    }

    private static JsonObject endButton(JsonObject answer) {
        for (var block : answer.getAsJsonArray("blocks")) {
            var accessory = block.getAsJsonObject().getAsJsonObject("accessory");
            if (accessory != null
                    && PromiseList.END_SERIES.equals(accessory.get("action_id").getAsString())) {
                return accessory;
            }
        }
        throw new AssertionError("no End series button in " + answer);
    }

    private JsonObject openedForm() {
        var open = awaitCall("views.open");
        followthrough.slack.reset();
        return JsonParser.parseString(open.param("view")).getAsJsonObject();
    }

    private SlackStandIn.Call awaitCall(String method) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !followthrough.slack.calls(method).isEmpty());
        return followthrough.slack.calls(method).get(0);
    }
}
