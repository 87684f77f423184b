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
    void aPeriodWithNothingDueHasNoRateNotZero() {
        seed();

        var score = Score.over(Score.reckon(histories, NOW), at("2026-10-01T00:00"), at("2026-10-08T00:00"));

        assertThat(score.mine()).isEqualTo(Tally.EMPTY);
        assertThat(score.mine().ratePercent()).isEqualTo(OptionalInt.empty());
        assertThat(Score.over(List.of(), LAST_WEEK, THIS_WEEK).theirs().ratePercent())
                .isEmpty();
    }

    @Test
    void anOpenDeadlineStillAheadIsNotReckonedAndOneJustPassedIsMissed() {
        var open = hard(
                1, Direction.MINE, "2026-11-25T12:00", Status.OPEN, created("2026-11-20T09:00", "2026-11-25T12:00"));

        assertThat(Reckoning.of(open, NOW.minusSeconds(1))).isEmpty();
        assertThat(Reckoning.of(open, NOW)).extracting(Reckoning::outcome).containsExactly(Outcome.MISSED);
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
        var soft = soft(2, Status.KEPT, created("2026-11-10T09:00", null), kept("2026-11-18T09:00", "on time"));

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
                kept("2026-11-17T09:00", "on time")));
        // 2: kept a day late.
        add(hard(
                2,
                Direction.MINE,
                "2026-11-18T10:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-18T10:00"),
                missed("2026-11-18T10:10"),
                kept("2026-11-19T10:00", "late")));
        // 3: renegotiated the day before, to Friday this week (still open).
        add(hard(
                3,
                Direction.MINE,
                "2026-11-27T10:00",
                Status.OPEN,
                created("2026-11-10T09:00", "2026-11-19T10:00"),
                renegotiated("2026-11-18T10:00", "2026-11-19T10:00", "2026-11-27T10:00", "before the deadline")));
        // 4: missed, renegotiated the next day, then kept on time this week.
        add(hard(
                4,
                Direction.MINE,
                "2026-11-24T10:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-20T10:00"),
                missed("2026-11-20T10:10"),
                renegotiated("2026-11-21T10:00", "2026-11-20T10:00", "2026-11-24T10:00", "after the deadline"),
                kept("2026-11-24T09:00", "on time")));
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
                kept("2026-11-19T09:00", "on time")));
        // 12: due this Saturday, kept last Monday: counts in the week of its deadline.
        add(hard(
                12,
                Direction.MINE,
                "2026-11-28T10:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-28T10:00"),
                kept("2026-11-16T09:00", "on time")));
        // 13, 14: what others owed: one delivered on time, one slipped.
        add(hard(
                13,
                Direction.THEIRS,
                "2026-11-18T17:00",
                Status.KEPT,
                created("2026-11-10T09:00", "2026-11-18T17:00"),
                kept("2026-11-18T12:00", "on time")));
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
                kept("2026-11-10T09:00", "on time")));
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
                .withDue(Optional.empty(), Optional.ofNullable(due).map(ScoreTest::at));
    }

    private static CommitmentEvent kept(String at, String detail) {
        return CommitmentEvent.by("U100", EventKind.KEPT, at(at)).withDetail(detail);
    }

    private static CommitmentEvent missed(String at) {
        return new CommitmentEvent(
                EventKind.MISSED, Optional.empty(), at(at), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static CommitmentEvent renegotiated(String at, String oldDue, String newDue, String detail) {
        return CommitmentEvent.by("U100", EventKind.RENEGOTIATED, at(at))
                .withDue(Optional.of(at(oldDue)), Optional.of(at(newDue)))
                .withDetail(detail);
    }

    private static CommitmentEvent firmedUp(String at, String newDue) {
        return CommitmentEvent.by("U100", EventKind.FIRMED_UP, at(at))
                .withDue(Optional.empty(), Optional.of(at(newDue)))
                .withDetail("firmed up");
    }

    private static CommitmentEvent event(EventKind kind, String at) {
        return CommitmentEvent.by("U100", kind, at(at));
    }

    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }
}
