package dev.followthrough.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The score's arithmetic on a seeded history: exact counts, and the edge cases spelled out. */
class ScoreTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Timing ON_TIME = Timing.BY_THE_DEADLINE;
    private static final Timing LATE = Timing.AFTER_THE_DEADLINE;
    private static final Timing BY_THE_DEADLINE = Timing.BY_THE_DEADLINE;
    private static final Timing AFTER_THE_DEADLINE = Timing.AFTER_THE_DEADLINE;
    private static final Optional<Firmness> HARD = Optional.of(Firmness.HARD);
    private static final Optional<Firmness> SOFT = Optional.of(Firmness.SOFT);
    private static final Instant NOW = at("2026-11-25T12:00");
    private static final Instant LAST_WEEK = at("2026-11-16T00:00");
    private static final Instant THIS_WEEK = at("2026-11-23T00:00");

    private final List<CommitmentHistory> histories = new ArrayList<>();

    @Test
    void lastWeekCountsEveryDeadlineThatCameDueByHowItEnded() {
        seed();

        var score = Score.over(Score.reckon(histories, NOW), LAST_WEEK, THIS_WEEK);

        assertThat(score.mine()).isEqualTo(new Tally(2, 1, 1, 1, 1, 1, 1, 1));
        assertThat(score.mine().cameDue()).isEqualTo(8);
        assertThat(score.mine().followedThrough()).isEqualTo(3);
        assertThat(score.mine().ratePercent()).hasValue(38);
        assertThat(score.theirs()).isEqualTo(new Tally(1, 0, 0, 0, 1, 0, 0, 0));
        assertThat(score.theirs().ratePercent()).hasValue(50);
    }

    @Test
    void theTrendSetsAWeekBesideTheFourBeforeItPooled() {
        seed();

        var trend = Score.trend(Score.reckon(histories, NOW), LAST_WEEK, UTC);

        assertThat(trend.week().mine().ratePercent()).hasValue(38);
        assertThat(trend.previousFourWeeks().mine()).isEqualTo(new Tally(1, 0, 0, 0, 1, 0, 0, 0));
        assertThat(trend.previousFourWeeks().mine().ratePercent()).hasValue(50);
        assertThat(trend.previousFourWeeks().theirs().ratePercent()).isEmpty();
    }

    @Test
    void aRenegotiatedDeadlineIsReckonedAndSoIsTheNewOne() {
        seed();

        var thisWeek = Score.over(Score.reckon(histories, NOW), THIS_WEEK, at("2026-11-30T00:00"));

        // #4's second deadline, kept on time on Monday; #12's deadline on Saturday, kept early.
        // #3's new deadline (Friday) is still ahead and open: not reckoned yet.
        assertThat(thisWeek.mine()).isEqualTo(new Tally(2, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aReopenedKeepCountsAsIfItNeverHappened() {
        var reopenedAndOpen = hard(
                1,
                Direction.MINE,
                "2026-11-20T17:00",
                Status.OPEN,
                created("2026-11-18T09:00", "2026-11-20T17:00"),
                kept("2026-11-19T09:00", ON_TIME),
                event(EventKind.REOPENED, "2026-11-19T09:05"));
        var reopenedThenKeptLate = hard(
                2,
                Direction.MINE,
                "2026-11-20T17:00",
                Status.KEPT,
                created("2026-11-18T09:00", "2026-11-20T17:00"),
                kept("2026-11-19T09:00", ON_TIME),
                event(EventKind.REOPENED, "2026-11-19T09:05"),
                kept("2026-11-21T09:00", LATE));

        assertThat(Reckoning.of(reopenedAndOpen, at("2026-11-20T12:00"))).isEmpty();
        assertThat(Reckoning.of(reopenedAndOpen, NOW))
                .extracting(Reckoning::outcome)
                .containsExactly(Outcome.MISSED);
        assertThat(Reckoning.of(reopenedThenKeptLate, NOW))
                .extracting(Reckoning::outcome)
                .containsExactly(Outcome.KEPT_LATE);
    }

    @Test
    void aPeriodWithNothingDueHasNoRateNotZero() {
        seed();

        var score = Score.over(Score.reckon(histories, NOW), at("2026-10-01T00:00"), at("2026-10-08T00:00"));

        assertThat(score.mine()).isEqualTo(Tally.EMPTY);
        assertThat(score.mine().ratePercent()).isEqualTo(OptionalInt.empty());
        assertThat(Score.over(List.of(), LAST_WEEK, THIS_WEEK).theirs().ratePercent())
                .isEmpty();
    }

    @Test
    void anOpenDeadlineIsReckonedMissedOnlyOnceItsGracePeriodIsOver() {
        var open = hard(
                1, Direction.MINE, "2026-11-25T12:00", Status.OPEN, created("2026-11-20T09:00", "2026-11-25T12:00"));

        assertThat(Reckoning.of(open, NOW.minusSeconds(1))).isEmpty();
        assertThat(Reckoning.of(open, NOW.plus(DueDate.GRACE).minusSeconds(1)))
                .as("three minutes late is late, not missed")
                .isEmpty();
        assertThat(Reckoning.of(open, NOW.plus(DueDate.GRACE)))
                .extracting(Reckoning::outcome)
                .containsExactly(Outcome.MISSED);
    }

    @Test
    void aSoftPromiseGivenADateByEditIsCountedOnceItComesDue() {
        var edited = hard(
                1,
                Direction.MINE,
                "2026-11-24T17:00",
                Status.OPEN,
                created("2026-11-10T09:00", null),
                edited("2026-11-20T09:00", EditedField.DEADLINE, null, "2026-11-24T17:00", BY_THE_DEADLINE));
        var keptAfterTheEdit = hard(
                2,
                Direction.MINE,
                "2026-11-24T17:00",
                Status.KEPT,
                created("2026-11-10T09:00", null),
                edited("2026-11-20T09:00", EditedField.DEADLINE, null, "2026-11-24T17:00", BY_THE_DEADLINE),
                kept("2026-11-24T12:00", ON_TIME));

        assertThat(Reckoning.of(edited, at("2026-11-24T16:00"))).isEmpty();
        assertThat(Reckoning.of(edited, NOW)).containsExactly(missed(1, "2026-11-24T17:00"));
        assertThat(Reckoning.of(keptAfterTheEdit, NOW))
                .containsExactly(new Reckoning(2, Direction.MINE, at("2026-11-24T17:00"), Outcome.KEPT_ON_TIME));
    }

    @Test
    void aDeadlineMovedLaterByEditIsReckonedOnceAtTheDeadlineInForce() {
        var moved = hard(
                1,
                Direction.MINE,
                "2026-11-27T17:00",
                Status.OPEN,
                created("2026-11-10T09:00", "2026-11-24T17:00"),
                edited(
                        "2026-11-23T09:00",
                        EditedField.DEADLINE,
                        "2026-11-24T17:00",
                        "2026-11-27T17:00",
                        BY_THE_DEADLINE));

        assertThat(Reckoning.of(moved, NOW))
                .as("still on time at its new deadline")
                .isEmpty();
        assertThat(Reckoning.of(moved, at("2026-11-28T09:00"))).containsExactly(missed(1, "2026-11-27T17:00"));
    }

    @Test
    void aDeadlineEditedAfterItPassedCameDueAndWasNotKept() {
        var movedLate = hard(
                1,
                Direction.MINE,
                "2026-11-27T17:00",
                Status.OPEN,
                created("2026-11-10T09:00", "2026-11-20T17:00"),
                missed("2026-11-20T17:10"),
                edited(
                        "2026-11-23T09:00",
                        EditedField.DEADLINE,
                        "2026-11-20T17:00",
                        "2026-11-27T17:00",
                        AFTER_THE_DEADLINE));

        assertThat(Reckoning.of(movedLate, NOW))
                .containsExactly(new Reckoning(1, Direction.MINE, at("2026-11-20T17:00"), Outcome.RENEGOTIATED_AFTER));
    }

    @Test
    void anEditOfTheTextAloneLeavesTheDeadlineAsItWas() {
        var reworded = hard(
                1,
                Direction.MINE,
                "2026-11-24T17:00",
                Status.MISSED,
                created("2026-11-10T09:00", "2026-11-24T17:00"),
                CommitmentEvent.by("U100", EventKind.EDITED, at("2026-11-20T09:00"))
                        .withEdited(java.util.Set.of(EditedField.WHAT)),
                missed("2026-11-24T17:10"));

        assertThat(Reckoning.of(reworded, NOW)).containsExactly(missed(1, "2026-11-24T17:00"));
    }

    @Test
    void theOutcomesThatCameDueAddUpToTheDenominator() {
        seed();

        var tally =
                Score.over(Score.reckon(histories, NOW), LAST_WEEK, THIS_WEEK).mine();

        var listed = java.util.Arrays.stream(Outcome.values())
                .filter(Outcome::cameDue)
                .mapToInt(tally::count)
                .sum();
        assertThat(listed).isEqualTo(tally.cameDue()).isEqualTo(8);
        assertThat(tally.count(Outcome.CANCELLED_AFTER_DEADLINE)).isEqualTo(1);
        assertThat(tally.count(Outcome.CANCELLED_BEFORE_DEADLINE)).isEqualTo(1);
    }

    @Test
    void undoneAndNeverFirmedUpCommitmentsNeverCount() {
        var undone = hard(
                1,
                Direction.MINE,
                "2026-11-18T12:00",
                Status.UNDONE,
                created("2026-11-17T09:00", "2026-11-18T12:00"),
                event(EventKind.UNDONE, "2026-11-17T09:01"));
        var soft = soft(2, Status.KEPT, created("2026-11-10T09:00", null), kept("2026-11-18T09:00", ON_TIME));

        assertThat(Score.allTime(Score.reckon(List.of(undone, soft), NOW)).mine())
                .isEqualTo(Tally.EMPTY);
    }

    private void seed() {
        // 1: kept before its deadline.
        add(hard(
                1,
                Direction.MINE,
                "2026-11-17T10:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-17T10:00"),
                kept("2026-11-17T09:00", ON_TIME)));
        // 2: kept a day late.
        add(hard(
                2,
                Direction.MINE,
                "2026-11-18T10:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-18T10:00"),
                missed("2026-11-18T10:10"),
                kept("2026-11-19T10:00", LATE)));
        // 3: renegotiated the day before, to Friday this week (still open).
        add(hard(
                3,
                Direction.MINE,
                "2026-11-27T10:00",
                Status.OPEN,
                created("2026-11-10T09:00", "2026-11-19T10:00"),
                renegotiated("2026-11-18T10:00", "2026-11-19T10:00", "2026-11-27T10:00", BY_THE_DEADLINE)));
        // 4: missed, renegotiated the next day, then kept on time this week.
        add(hard(
                4,
                Direction.MINE,
                "2026-11-24T10:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-20T10:00"),
                missed("2026-11-20T10:10"),
                renegotiated("2026-11-21T10:00", "2026-11-20T10:00", "2026-11-24T10:00", AFTER_THE_DEADLINE),
                kept("2026-11-24T09:00", ON_TIME)));
        // 5: missed, nothing since.
        add(hard(
                5,
                Direction.MINE,
                "2026-11-21T10:00",
                Status.MISSED,
                created("2026-11-10T09:00", "2026-11-21T10:00"),
                missed("2026-11-21T10:10")));
        // 6: missed, then a follow-up only.
        add(hard(
                6,
                Direction.MINE,
                "2026-11-22T10:00",
                Status.MISSED,
                created("2026-11-10T09:00", "2026-11-22T10:00"),
                missed("2026-11-22T10:10"),
                event(EventKind.FOLLOWED_UP, "2026-11-22T15:00")));
        // 7: called off two days before its deadline: it never came due.
        add(hard(
                7,
                Direction.MINE,
                "2026-11-20T10:00",
                Status.CANCELLED,
                created("2026-11-10T09:00", "2026-11-20T10:00"),
                event(EventKind.CANCELLED, "2026-11-18T10:00")));
        // 8: called off two days after its deadline: it came due and wasn't kept.
        add(hard(
                8,
                Direction.MINE,
                "2026-11-17T10:00",
                Status.CANCELLED,
                created("2026-11-10T09:00", "2026-11-17T10:00"),
                missed("2026-11-17T10:10"),
                event(EventKind.CANCELLED, "2026-11-19T10:00")));
        // 9: undone.
        add(hard(
                9,
                Direction.MINE,
                "2026-11-18T10:00",
                Status.UNDONE,
                created("2026-11-10T09:00", "2026-11-18T10:00"),
                event(EventKind.UNDONE, "2026-11-10T09:01")));
        // 10: soft, never firmed up.
        add(soft(10, Status.OPEN, created("2026-11-10T09:00", null)));
        // 11: soft, firmed up to last Thursday, kept that morning.
        add(hard(
                11,
                Direction.MINE,
                "2026-11-19T17:00",
                Status.KEPT,
                created("2026-11-09T09:00", null),
                firmedUp("2026-11-10T09:00", "2026-11-19T17:00"),
                kept("2026-11-19T09:00", ON_TIME)));
        // 12: due this Saturday, kept last Monday: counts in the week of its deadline.
        add(hard(
                12,
                Direction.MINE,
                "2026-11-28T10:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-28T10:00"),
                kept("2026-11-16T09:00", ON_TIME)));
        // 13, 14: what others owed: one delivered on time, one slipped.
        add(hard(
                13,
                Direction.THEIRS,
                "2026-11-18T17:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-18T17:00"),
                kept("2026-11-18T12:00", ON_TIME)));
        add(hard(
                14,
                Direction.THEIRS,
                "2026-11-19T17:00",
                Status.MISSED,
                created("2026-11-10T09:00", "2026-11-19T17:00"),
                missed("2026-11-19T17:10")));
        // 15, 16: the weeks before: one kept on time, one still missed.
        add(hard(
                15,
                Direction.MINE,
                "2026-11-10T10:00",
                Status.KEPT,
                created("2026-11-01T09:00", "2026-11-10T10:00"),
                kept("2026-11-10T09:00", ON_TIME)));
        add(hard(
                16,
                Direction.MINE,
                "2026-11-03T10:00",
                Status.MISSED,
                created("2026-11-01T09:00", "2026-11-03T10:00"),
                missed("2026-11-03T10:10")));
    }

    private void add(CommitmentHistory history) {
        histories.add(history);
    }

    private static CommitmentHistory hard(
            long id, Direction direction, String due, Status status, CommitmentEvent... events) {
        var dueDate = DueDate.hard(at(due), "by then", UTC, 1, at("2026-11-01T00:00"));
        return history(id, direction, dueDate, status, events);
    }

    private static CommitmentHistory soft(long id, Status status, CommitmentEvent... events) {
        var dueDate =
                new DueDate(Firmness.SOFT, Optional.empty(), Optional.empty(), "soon", UTC, 1, at("2026-11-01T00:00"));
        return history(id, Direction.MINE, dueDate, status, events);
    }

    private static CommitmentHistory history(
            long id, Direction direction, DueDate dueDate, Status status, CommitmentEvent... events) {
        var commitment = new Commitment(
                id,
                "T0001",
                "U100",
                "promise " + id,
                direction,
                Optional.of(Counterparty.named("Acme")),
                dueDate,
                status,
                Optional.empty(),
                Optional.empty(),
                Reminders.startingAt(at("2026-11-01T00:00")),
                at("2026-11-01T00:00"),
                at("2026-11-01T00:00"));
        return new CommitmentHistory(commitment, List.of(events));
    }

    private static CommitmentEvent created(String at, String due) {
        return CommitmentEvent.by("U100", EventKind.CREATED, at(at))
                .withDue(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.ofNullable(due).map(ScoreTest::at),
                        due == null ? SOFT : HARD);
    }

    private static CommitmentEvent kept(String at, Timing timing) {
        return CommitmentEvent.by("U100", EventKind.KEPT, at(at)).withTiming(timing);
    }

    private static CommitmentEvent missed(String at) {
        return CommitmentEvent.byFollowthrough(EventKind.MISSED, at(at));
    }

    private static CommitmentEvent renegotiated(String at, String oldDue, String newDue, Timing timing) {
        return CommitmentEvent.by("U100", EventKind.RENEGOTIATED, at(at))
                .withDue(Optional.of(at(oldDue)), HARD, Optional.of(at(newDue)), HARD)
                .withTiming(timing);
    }

    private static CommitmentEvent firmedUp(String at, String newDue) {
        return CommitmentEvent.by("U100", EventKind.FIRMED_UP, at(at))
                .withDue(Optional.empty(), SOFT, Optional.of(at(newDue)), HARD);
    }

    private static CommitmentEvent edited(String at, EditedField field, String oldDue, String newDue, Timing timing) {
        var event = CommitmentEvent.by("U100", EventKind.EDITED, at(at))
                .withEdited(java.util.Set.of(field))
                .withDue(
                        Optional.ofNullable(oldDue).map(ScoreTest::at),
                        oldDue == null ? SOFT : HARD,
                        Optional.ofNullable(newDue).map(ScoreTest::at),
                        newDue == null ? SOFT : HARD);
        return oldDue == null ? event : event.withTiming(timing);
    }

    private static Reckoning missed(long id, String due) {
        return new Reckoning(id, Direction.MINE, at(due), Outcome.MISSED);
    }

    private static CommitmentEvent event(EventKind kind, String at) {
        return CommitmentEvent.by("U100", kind, at(at));
    }

    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }
}
