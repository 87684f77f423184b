package dev.followthrough.reminder;

import static dev.followthrough.reminder.PlanTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Escalation;
import dev.followthrough.commitment.Status;
import dev.followthrough.deadline.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a missed promise of a channel that escalates is raised, as a pure function of its state. */
class PlanEscalationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Plan plan = new Plan(List.of(Duration.ofHours(24), Duration.ofHours(1)), WorkingHours.DEFAULT);

    @Test
    void aMissedPromiseIsRaisedAfterTheChannelsWorkingHoursCountedFromItsDeadline() {
        var missed = missed(Direction.MINE);
        var told = escalating(24, NEW_YORK, Optional.of(at("2026-11-27T14:10")), false);

        assertThat(plan.escalating(told).checks(missed))
                .containsExactly(new Plan.Check(Plan.Kind.ESCALATE, at("2026-12-02T11:00")));
        assertThat(plan.escalating(told).next(missed, at("2026-11-27T14:10"))).contains(at("2026-12-02T11:00"));
    }

    @Test
    void theOwnersOwnWorkingHoursAndZoneCount() {
        // Friday 14:00 in New York is 20:00 in Berlin, after a Berlin working day: Monday 09:00 to 11:00.
        var told = escalating(2, BERLIN, Optional.of(at("2026-11-27T14:10")), false);

        assertThat(plan.escalating(told).raiseAt(missed(Direction.MINE)))
                .contains(java.time.LocalDateTime.parse("2026-11-30T11:00")
                        .atZone(BERLIN)
                        .toInstant());
    }

    @Test
    void theOwnerAlwaysHasAnHourOfWorkingTimeAfterBeingTold() {
        // Told on Monday at 17:30 (after a long outage): one working hour later is Tuesday 09:30.
        var told = escalating(1, NEW_YORK, Optional.of(at("2026-11-30T17:30")), false);

        assertThat(plan.escalating(told).raiseAt(missed(Direction.MINE))).contains(at("2026-12-01T09:30"));
    }

    @Test
    void nothingIsRaisedOnceRaisedOrWhenTheOwnerWasNeverToldOrForWhatOthersOwe() {
        var raised = escalating(24, NEW_YORK, Optional.of(at("2026-11-27T14:10")), true);
        var neverTold = escalating(24, NEW_YORK, Optional.empty(), false);
        var told = escalating(24, NEW_YORK, Optional.of(at("2026-11-27T14:10")), false);

        assertThat(plan.escalating(raised).checks(missed(Direction.MINE))).isEmpty();
        assertThat(plan.escalating(neverTold).checks(missed(Direction.MINE))).isEmpty();
        assertThat(plan.escalating(told).checks(missed(Direction.THEIRS))).isEmpty();
        assertThat(plan.checks(missed(Direction.MINE))).isEmpty();
    }

    @Test
    void aRaiseThatCameDueBesideAnotherCheckIsLookedAtAgainAtOnce() {
        var told = escalating(1, NEW_YORK, Optional.of(at("2026-11-27T14:10")), false);
        var now = at("2026-12-07T10:00");

        assertThat(plan.escalating(told).next(missed(Direction.MINE), now)).contains(now.plusSeconds(1));
        assertThat(plan.escalating(told).due(missed(Direction.MINE), now))
                .map(Plan.Check::kind)
                .contains(Plan.Kind.ESCALATE);
    }

    @Test
    void aFollowUpDueAtTheSameTimeGoesFirstAndTheRaiseRightAfter() {
        var told = escalating(1, NEW_YORK, Optional.of(at("2026-11-27T14:10")), false);
        var missed = missed(Direction.MINE);
        var followUp = at("2026-12-01T10:00");
        var withFollowUp = missed.with(missed.reminders().followUpAt(Optional.of(followUp)), missed.updatedAt());
        var now = at("2026-12-01T10:00:30");

        assertThat(plan.escalating(told).due(withFollowUp, now))
                .contains(new Plan.Check(Plan.Kind.FOLLOW_UP, followUp));
        var followedUp = withFollowUp.with(withFollowUp.reminders().followUpAt(Optional.empty()), now);
        assertThat(plan.escalating(told).next(followedUp, now)).contains(now.plusSeconds(1));
        assertThat(plan.escalating(told).due(followedUp, now.plusSeconds(1)))
                .map(Plan.Check::kind)
                .contains(Plan.Kind.ESCALATE);
    }

    private static Optional<Plan.Escalating> escalating(
            int hours, ZoneId ownerZone, Optional<Instant> toldAt, boolean raised) {
        return Optional.of(new Plan.Escalating(
                new Escalation(Duration.ofHours(hours), Optional.empty()), ownerZone, toldAt, raised));
    }

    private static Commitment missed(Direction direction) {
        var open = PlanTest.hard(direction, "2026-11-23T10:00", "2026-11-27T14:00");
        return new Commitment(
                open.id(),
                open.teamId(),
                open.ownerId(),
                open.what(),
                open.direction(),
                open.counterparty(),
                open.dueDate(),
                Status.MISSED,
                Optional.empty(),
                Optional.of("C200"),
                open.reminders(),
                open.createdAt(),
                open.updatedAt());
    }
}
