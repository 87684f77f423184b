package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.DueDate;
import dev.followthrough.commitment.Escalation;
import dev.followthrough.commitment.Firmness;
import dev.followthrough.commitment.Status;
import dev.followthrough.deadline.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a commitment's owner hears from Followthrough, as a pure function of the commitment, the
 * owner's settings and the time. The sweep asks what is due now, acts, and asks when to look next.
 */
final class Plan {

    /** The missed check waits this long past the deadline; the score counts it missed from then too. */
    static final Duration GRACE = DueDate.GRACE;

    /** Never two deadline nudges for the same commitment closer than this. */
    static final Duration QUIET = Duration.ofHours(1);

    private static final Duration WEEK = Duration.ofDays(7);

    enum Kind {
        /** Before the deadline: deliver, follow up, renegotiate or snooze. */
        NUDGE,
        /** A commitment of the owner's passed its deadline. */
        MISSED,
        /** What someone owed the owner did not arrive. */
        SLIPPED,
        /** A soft commitment: pin it to a date and time. */
        FIRM_UP,
        /** The owner said the next update would be by now. */
        FOLLOW_UP,
        /** The deadline itself: the channel the promise was made in hears it is due. */
        DUE,
        /** Still missed after its channel's escalation time: raised in its thread or with the contact. */
        ESCALATE
    }

    record Check(Kind kind, Instant at) {}

    /** However soon a channel escalates, its owner has at least this much working time after being told. */
    static final Duration NOTICE = Duration.ofHours(1);

    /**
     * A channel's escalation as it stands for one of the owner's own promises made there: the rule,
     * the owner's zone (their working hours count), and, for the deadline in force, when the owner
     * was told it would be raised and whether it was.
     */
    record Escalating(Escalation rule, ZoneId ownerZone, Optional<Instant> ownerToldAt, boolean raised) {

        Escalating told(Instant at) {
            return new Escalating(rule, ownerZone, ownerToldAt.or(() -> Optional.of(at)), raised);
        }

        Escalating raisedNow() {
            return new Escalating(rule, ownerZone, ownerToldAt, true);
        }
    }

    private final List<Duration> leadTimes;
    private final WorkingHours workingHours;
    private final Optional<Escalating> escalating;

    Plan(List<Duration> leadTimes, WorkingHours workingHours) {
        this(leadTimes, workingHours, Optional.empty());
    }

    private Plan(List<Duration> leadTimes, WorkingHours workingHours, Optional<Escalating> escalating) {
        this.leadTimes = List.copyOf(leadTimes);
        this.workingHours = workingHours;
        this.escalating = escalating;
    }

    Optional<Escalating> escalating() {
        return escalating;
    }

    /** The same plan for a commitment whose channel escalates (empty: it doesn't, or not this one). */
    Plan escalating(Optional<Escalating> escalation) {
        return new Plan(leadTimes, workingHours, escalation);
    }

    /**
     * When a missed commitment is raised: its channel's working hours after the deadline, counted in
     * the owner's working hours (a weekend in between counts for nothing), and never sooner than
     * {@link #NOTICE} of working time after the owner was told. Empty when it won't be: no
     * escalation, the owner not told (escalation came on after the miss), or raised already.
     */
    Optional<Instant> raiseAt(Commitment commitment) {
        if (escalating.isEmpty()
                || commitment.due().isEmpty()
                || escalating.get().raised()) {
            return Optional.empty();
        }
        var escalation = escalating.get();
        var zone = escalation.ownerZone();
        var afterTheDeadline = workingHours.afterWorkingTime(
                commitment.due().get(), escalation.rule().after(), zone);
        return escalation.ownerToldAt().map(told -> {
            var afterTelling = workingHours.afterWorkingTime(told, NOTICE, zone);
            return afterTelling.isAfter(afterTheDeadline) ? afterTelling : afterTheDeadline;
        });
    }

    /** What to act on at {@code now}: the most important check that has come due, if any. */
    Optional<Check> due(Commitment commitment, Instant now) {
        return checks(commitment).stream()
                .filter(check -> !check.at().isAfter(now))
                // A missed deadline outranks the nudges before it; of several nudges, the latest
                // stands for all (after downtime nobody wants three reminders at once).
                // Raising it waits for anything else due at once (a follow-up the owner asked for):
                // it alone is looked at again straight after (see next).
                .max(Comparator.comparing((Check check) -> check.kind() == Kind.MISSED || check.kind() == Kind.SLIPPED)
                        .thenComparing(check -> check.kind() != Kind.ESCALATE)
                        .thenComparing(Check::at));
    }

    /** When something may next come due after {@code now}; empty when nothing ever will. */
    Optional<Instant> next(Commitment commitment, Instant now) {
        return checks(commitment).stream()
                // An escalation that came due while another check was acted on is looked at next.
                .map(check ->
                        check.kind() == Kind.ESCALATE && !check.at().isAfter(now) ? now.plusSeconds(1) : check.at())
                .filter(at -> at.isAfter(now))
                .min(Comparator.naturalOrder());
    }

    /** Whether a nudge at {@code now} would come too soon after the last one. */
    boolean tooSoonAfterLastNudge(Commitment commitment, Instant now) {
        return commitment
                .reminders()
                .lastNudgedAt()
                .filter(last -> last.plus(QUIET).isAfter(now))
                .isPresent();
    }

    /** Every check still ahead of the commitment as it stands (handled ones are gone). */
    List<Check> checks(Commitment commitment) {
        var checks = new ArrayList<Check>();
        if (!commitment.status().isOpen()) {
            return checks;
        }
        var reminders = commitment.reminders();
        reminders.snoozedUntil().ifPresent(until -> checks.add(new Check(Kind.NUDGE, until)));
        reminders.followUpAt().ifPresent(at -> checks.add(new Check(Kind.FOLLOW_UP, at)));
        if (commitment.status() == Status.MISSED) {
            // Only the owner's own promises are raised: the sweep builds no escalation for what
            // someone owes the owner (their slip is theirs, not the owner's lead's business).
            if (commitment.direction() == Direction.MINE) {
                raiseAt(commitment).ifPresent(at -> checks.add(new Check(Kind.ESCALATE, at)));
            }
            return checks;
        }
        if (commitment.firmness() == Firmness.SOFT) {
            checks.add(new Check(Kind.FIRM_UP, nextFirmUp(commitment)));
            return checks;
        }
        var due = commitment.due().orElseThrow();
        if (commitment.channelId().isPresent() && due.isAfter(reminders.nudgedThrough())) {
            checks.add(new Check(Kind.DUE, due));
        }
        if (commitment.direction() == Direction.THEIRS) {
            checks.add(new Check(Kind.SLIPPED, due.plus(GRACE)));
            return checks;
        }
        checks.add(new Check(Kind.MISSED, due.plus(GRACE)));
        nudgeMoments(commitment, due).forEach(at -> checks.add(new Check(Kind.NUDGE, at)));
        return checks;
    }

    /**
     * The owner's lead times before the deadline, moved into working hours, without those already
     * past when the deadline was set and without one that would land within an hour of the next.
     */
    private List<Instant> nudgeMoments(Commitment commitment, Instant due) {
        var zone = commitment.zone();
        var moments = new ArrayList<Instant>();
        for (var lead : leadTimes) {
            var moment = due.minus(lead);
            var working = workingHours.nextWorkingMoment(moment, zone);
            // When no working moment is left before the deadline, the deadline itself is out of
            // hours and so may its nudge be.
            moments.add(working.isBefore(due) ? working : moment);
        }
        moments.sort(Comparator.naturalOrder());
        var kept = new ArrayList<Instant>();
        for (var index = 0; index < moments.size(); index++) {
            var moment = moments.get(index);
            var later = index + 1 < moments.size() ? moments.get(index + 1) : due;
            var crowded = index + 1 < moments.size() && moment.plus(QUIET).isAfter(later);
            if (moment.isAfter(commitment.reminders().nudgedThrough()) && moment.isBefore(due) && !crowded) {
                kept.add(moment);
            }
        }
        return kept;
    }

    /** The next working morning after it was made; again at its target; then at most weekly. */
    private Instant nextFirmUp(Commitment commitment) {
        var zone = commitment.zone();
        var lastPrompt = commitment.reminders().firmUpPromptedAt();
        if (lastPrompt.isEmpty()) {
            var madeOn = commitment.dueDate().setAt().atZone(zone).toLocalDate();
            return morningOf(madeOn.plusDays(1), commitment);
        }
        var target = commitment.target().map(at -> morningOf(at.atZone(zone).toLocalDate(), commitment));
        if (target.isPresent() && target.get().isAfter(lastPrompt.get())) {
            return target.get();
        }
        return morningOf(lastPrompt.get().plus(WEEK).atZone(zone).toLocalDate(), commitment);
    }

    private Instant morningOf(LocalDate date, Commitment commitment) {
        return workingHours.morningOf(date, commitment.zone());
    }
}
