package dev.followthrough.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed change each transition reports, and the score reckoned from the events it records. */
class TransitionsTest {

    private static final Instant DUE = Instant.parse("2026-11-24T17:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void keepingReportsOnTimeOrLate() {
        var onTime = changed(Transitions.markKept(hard(), "U100", DUE));
        var late = changed(Transitions.markKept(hard(), "U100", DUE.plusSeconds(60)));

        assertThat(onTime.event().timing()).hasValue(Timing.BY_THE_DEADLINE);
        assertThat(onTime.event().afterTheDeadline()).isFalse();
        assertThat(late.event().timing()).hasValue(Timing.AFTER_THE_DEADLINE);
        assertThat(late.event().afterTheDeadline()).isTrue();
    }

    @Test
    void renegotiatingReportsTheOldAndNewDeadlineAndWhetherItCameBeforeTheOldOne() {
        var newDue = DUE.plus(Duration.ofDays(3));

        var before = changed(Transitions.renegotiate(hard(), "U100", DUE.minusSeconds(60), newDue, "Fri"))
                .event();
        var after = changed(Transitions.renegotiate(hard(), "U100", DUE.plusSeconds(60), newDue, "Fri"))
                .event();

        assertThat(before.kind()).isEqualTo(EventKind.RENEGOTIATED);
        assertThat(before.timing()).hasValue(Timing.BY_THE_DEADLINE);
        assertThat(before.oldDue()).hasValue(DUE);
        assertThat(before.newDue()).hasValue(newDue);
        assertThat(before.oldFirmness()).hasValue(Firmness.HARD);
        assertThat(before.newFirmness()).hasValue(Firmness.HARD);
        assertThat(after.timing()).hasValue(Timing.AFTER_THE_DEADLINE);
    }

    @Test
    void cancellingKeepsTheReasonApartFromItsTiming() {
        var event = changed(Transitions.cancel(hard(), "U100", DUE.plusSeconds(3600), Optional.of("late, sorry")))
                .event();

        assertThat(event.timing()).hasValue(Timing.AFTER_THE_DEADLINE);
        assertThat(event.reason()).hasValue("late, sorry");
    }

    @Test
    void editingReportsWhatChangedAndHowTheDeadlineMoved() {
        var soft = commitment(
                new DueDate(Firmness.SOFT, Optional.empty(), Optional.empty(), "soon", ZoneOffset.UTC, 1, CREATED));
        var now = CREATED.plus(Duration.ofDays(1));

        var event = changed(Transitions.edit(
                        soft,
                        "U100",
                        now,
                        "send the final deck",
                        soft.counterparty(),
                        soft.direction(),
                        DueDate.hard(DUE, "Tue 5pm", ZoneOffset.UTC, 0, now)))
                .event();
        var textOnly = changed(Transitions.edit(
                        hard(),
                        "U100",
                        now,
                        "send the final deck",
                        hard().counterparty(),
                        hard().direction(),
                        hard().dueDate()))
                .event();

        assertThat(event.edited()).containsExactlyInAnyOrder(EditedField.WHAT, EditedField.DEADLINE);
        assertThat(event.oldFirmness()).hasValue(Firmness.SOFT);
        assertThat(event.newFirmness()).hasValue(Firmness.HARD);
        assertThat(event.newDue()).hasValue(DUE);
        assertThat(event.movesTheDeadline()).isTrue();
        assertThat(textOnly.edited()).isEqualTo(Set.of(EditedField.WHAT));
        assertThat(textOnly.movesTheDeadline()).isFalse();
        assertThat(textOnly.newDue()).isEmpty();
    }

    @Test
    void aDeadlineMovedLaterByEditIsReckonedFromTheEventsTheTransitionsRecorded() {
        var commitment = hard();
        var created = CommitmentEvent.by("U100", EventKind.CREATED, CREATED)
                .withDue(Optional.empty(), Optional.empty(), commitment.due(), Optional.of(Firmness.HARD));
        var later = DUE.plus(Duration.ofDays(3));
        var edit = changed(Transitions.edit(
                commitment,
                "U100",
                DUE.minus(Duration.ofHours(2)),
                commitment.what(),
                commitment.counterparty(),
                commitment.direction(),
                DueDate.hard(later, "Fri 5pm", ZoneOffset.UTC, 0, DUE)));
        var history = new CommitmentHistory(edit.commitment(), List.of(created, edit.event()));

        assertThat(Reckoning.of(history, DUE.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(Reckoning.of(history, later.plus(Duration.ofHours(1))))
                .extracting(Reckoning::due, Reckoning::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(later, Outcome.MISSED));
    }

    private static Commitment hard() {
        return commitment(DueDate.hard(DUE, "Tue 5pm", ZoneOffset.UTC, 1, CREATED));
    }

    private static Commitment commitment(DueDate dueDate) {
        return new Commitment(
                1,
                "T0001",
                "U100",
                "send the deck",
                Direction.MINE,
                Optional.of(Counterparty.named("Acme")),
                dueDate,
                Status.OPEN,
                Optional.empty(),
                Optional.empty(),
                Reminders.startingAt(CREATED),
                CREATED,
                CREATED);
    }

    private static Transition.Changed changed(Transition transition) {
        assertThat(transition).isInstanceOf(Transition.Changed.class);
        return (Transition.Changed) transition;
    }
}
