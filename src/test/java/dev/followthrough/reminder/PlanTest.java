package dev.followthrough.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Reminders;
import dev.followthrough.commitment.Status;
import dev.followthrough.deadline.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final Plan plan = new Plan(List.of(Duration.ofHours(24), Duration.ofHours(1)), WorkingHours.DEFAULT);

    @Test
    void hardPromiseIsNudgedADayAndAnHourBeforeThenCheckedAfterTheGracePeriod() {
        var commitment = hard(Direction.MINE, "2026-11-23T10:00", "2026-11-27T14:00");

        assertThat(plan.checks(commitment))
                .extracting(check -> check.kind() + " " + local(check.at()))
                .containsExactlyInAnyOrder(
                        "NUDGE 2026-11-26T14:00", "NUDGE 2026-11-27T13:00", "MISSED 2026-11-27T14:10");
        assertThat(plan.next(commitment, at("2026-11-23T10:00"))).contains(at("2026-11-26T14:00"));
        assertThat(plan.due(commitment, at("2026-11-26T13:59"))).isEmpty();
        assertThat(plan.due(commitment, at("2026-11-26T14:00")))
                .contains(new Plan.Check(Plan.Kind.NUDGE, at("2026-11-26T14:00")));
    }

    @Test
    void aNudgeOutsideWorkingHoursMovesIntoThemAndTwoWithinAnHourBecomeOne() {
        // Monday 10:00: a day before is Sunday, moved to Monday 09:00, where the 1 h nudge also is.
        var commitment = hard(Direction.MINE, "2026-11-20T12:00", "2026-11-23T10:00");

        assertThat(plan.checks(commitment))
                .extracting(check -> check.kind() + " " + local(check.at()))
                .containsExactlyInAnyOrder("NUDGE 2026-11-23T09:00", "MISSED 2026-11-23T10:10");
    }

    @Test
    void leadTimesAlreadyPastWhenThePromiseIsMadeAreSkipped() {
        var commitment = hard(Direction.MINE, "2026-11-27T13:30", "2026-11-27T14:00");

        assertThat(plan.checks(commitment))
                .extracting(check -> check.kind().name())
                .containsExactly("MISSED");
    }

    @Test
    void aDeadlineOutsideWorkingHoursKeepsItsNudgeThere() {
        var commitment = hard(Direction.MINE, "2026-11-23T10:00", "2026-11-28T10:00");

        assertThat(plan.checks(commitment))
                .extracting(check -> check.kind() + " " + local(check.at()))
                .contains("NUDGE 2026-11-27T10:00", "NUDGE 2026-11-28T09:00");
    }

    @Test
    void afterDowntimeOnlyTheLatestNudgeIsDueAndAPassedDeadlineOutranksIt() {
        var commitment = hard(Direction.MINE, "2026-11-23T10:00", "2026-11-27T14:00");

        assertThat(plan.due(commitment, at("2026-11-27T13:30")))
                .contains(new Plan.Check(Plan.Kind.NUDGE, at("2026-11-27T13:00")));
        assertThat(plan.due(commitment, at("2026-11-28T09:00")))
                .map(Plan.Check::kind)
                .contains(Plan.Kind.MISSED);
    }

    @Test
    void handledNudgesAreNotDueAgain() {
        var commitment = hard(Direction.MINE, "2026-11-23T10:00", "2026-11-27T14:00");
        var nudged = commitment.with(commitment.reminders().nudged(at("2026-11-26T14:00")), at("2026-11-26T14:00"));

        assertThat(plan.due(nudged, at("2026-11-26T14:00:05"))).isEmpty();
        assertThat(plan.next(nudged, at("2026-11-26T14:00:05"))).contains(at("2026-11-27T13:00"));
        assertThat(plan.tooSoonAfterLastNudge(nudged, at("2026-11-26T14:30"))).isTrue();
        assertThat(plan.tooSoonAfterLastNudge(nudged, at("2026-11-26T15:00"))).isFalse();
    }

    @Test
    void whatOthersOweIsCheckedOnlyWhenItSlips() {
        var commitment = hard(Direction.THEIRS, "2026-11-23T10:00", "2026-11-24T17:00");

        assertThat(plan.checks(commitment))
                .extracting(check -> check.kind() + " " + local(check.at()))
                .containsExactly("SLIPPED 2026-11-24T17:10");
    }

    @Test
    void aSoftPromiseIsAskedToFirmUpNextWorkingMorningThenAtItsTargetThenWeekly() {
        var made = at("2026-11-23T10:00");
        var commitment = soft("2026-11-23T10:00", Optional.of(at("2026-12-07T17:00")));

        assertThat(plan.next(commitment, made)).contains(at("2026-11-24T09:00"));
        var asked = commitment.with(commitment.reminders().firmUpPrompted(at("2026-11-24T09:00")), made);
        assertThat(plan.next(asked, at("2026-11-24T09:00"))).contains(at("2026-12-07T09:00"));
        var askedAgain = asked.with(asked.reminders().firmUpPrompted(at("2026-12-07T09:00")), made);
        assertThat(plan.next(askedAgain, at("2026-12-07T09:00"))).contains(at("2026-12-14T09:00"));
    }

    @Test
    void aSoftPromiseMadeOnFridayIsAskedOnMonday() {
        var commitment = soft("2026-11-27T16:00", Optional.empty());

        assertThat(plan.next(commitment, at("2026-11-27T16:00"))).contains(at("2026-11-30T09:00"));
    }

    @Test
    void aSnoozeAndAFollowUpAreRemindersOfTheirOwn() {
        var commitment = hard(Direction.MINE, "2026-11-23T10:00", "2026-11-27T14:00");
        var snoozed = commitment.with(
                commitment
                        .reminders()
                        .snoozedUntil(at("2026-11-23T11:00"))
                        .followUpAt(Optional.of(at("2026-11-24T10:00"))),
                at("2026-11-23T10:00"));

        assertThat(plan.due(snoozed, at("2026-11-23T11:00")))
                .contains(new Plan.Check(Plan.Kind.NUDGE, at("2026-11-23T11:00")));
        assertThat(plan.checks(snoozed)).extracting(Plan.Check::kind).contains(Plan.Kind.FOLLOW_UP);
    }

    @Test
    void aPromiseMadeInAChannelIsAlsoCheckedAtItsDeadlineForTheChannel() {
        var made = hard(Direction.MINE, "2026-11-23T10:00", "2026-11-27T14:00");
        var inChannel = new Commitment(
                made.id(),
                made.teamId(),
                made.ownerId(),
                made.what(),
                made.direction(),
                made.counterparty(),
                made.dueDate(),
                made.status(),
                made.closedAt(),
                Optional.of("C200"),
                made.reminders(),
                made.createdAt(),
                made.updatedAt());

        assertThat(plan.checks(inChannel))
                .extracting(check -> check.kind() + " " + local(check.at()))
                .contains("DUE 2026-11-27T14:00", "MISSED 2026-11-27T14:10");
        assertThat(plan.due(inChannel, at("2026-11-27T14:00:30")))
                .contains(new Plan.Check(Plan.Kind.DUE, at("2026-11-27T14:00")));
        var posted = inChannel.with(inChannel.reminders().handledThrough(at("2026-11-27T14:00:30")), made.createdAt());
        assertThat(plan.next(posted, at("2026-11-27T14:00:30"))).contains(at("2026-11-27T14:10"));
    }

    @Test
    void closedCommitmentsHaveNothingLeftToCheck() {
        var commitment = hard(Direction.MINE, "2026-11-23T10:00", "2026-11-27T14:00");
        var kept = new Commitment(
                commitment.id(),
                commitment.teamId(),
                commitment.ownerId(),
                commitment.what(),
                commitment.direction(),
                commitment.counterparty(),
                commitment.dueDate(),
                Status.KEPT,
                Optional.of(at("2026-11-24T10:00")),
                commitment.channelId(),
                commitment.reminders(),
                commitment.createdAt(),
                commitment.updatedAt());

        assertThat(plan.checks(kept)).isEmpty();
        assertThat(plan.next(kept, at("2026-11-24T10:00"))).isEmpty();
    }

    static Commitment hard(Direction direction, String made, String due) {
        var dueDate = DueDate.hard(at(due), "by then", NEW_YORK, 1, at(made));
        return commitment(direction, dueDate, at(made));
    }

    static Commitment soft(String made, Optional<Instant> target) {
        var dueDate = new DueDate(Firmness.SOFT, Optional.empty(), target, "soon", NEW_YORK, 1, at(made));
        return commitment(Direction.MINE, dueDate, at(made));
    }

    private static Commitment commitment(Direction direction, DueDate dueDate, Instant made) {
        return new Commitment(
                1,
                "T0001",
                "U100",
                "send the deck",
                direction,
                Optional.of(Counterparty.named("Acme")),
                dueDate,
                Status.OPEN,
                Optional.empty(),
                Optional.empty(),
                Reminders.startingAt(made),
                made,
                made);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }

    private static String local(Instant instant) {
        return instant.atZone(NEW_YORK).toLocalDateTime().toString();
    }
}
