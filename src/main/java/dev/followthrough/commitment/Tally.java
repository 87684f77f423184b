package dev.followthrough.commitment;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * The deadlines of one direction (MINE or THEIRS) that fell in a period, counted by how they
 * ended. A deadline falls in the period [from, to) when its instant does (see {@link Reckoning}).
 */
public record Tally(
        int keptOnTime,
        int keptLate,
        int renegotiatedBefore,
        int renegotiatedAfter,
        int missed,
        int followedUpOnly,
        int cancelledAfterDeadline,
        int cancelledBeforeDeadline) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    /** Counts the reckonings of {@code direction} whose deadline is in [from, to). */
    public static Tally of(Collection<Reckoning> reckonings, Direction direction, Instant from, Instant to) {
        var counts = new int[Outcome.values().length];
        for (var reckoning : reckonings) {
            if (reckoning.direction() == direction
                    && !reckoning.due().isBefore(from)
                    && reckoning.due().isBefore(to)) {
                counts[reckoning.outcome().ordinal()]++;
            }
        }
        return new Tally(
                counts[Outcome.KEPT_ON_TIME.ordinal()],
                counts[Outcome.KEPT_LATE.ordinal()],
                counts[Outcome.RENEGOTIATED_BEFORE.ordinal()],
                counts[Outcome.RENEGOTIATED_AFTER.ordinal()],
                counts[Outcome.MISSED.ordinal()],
                counts[Outcome.FOLLOWED_UP_ONLY.ordinal()],
                counts[Outcome.CANCELLED_AFTER_DEADLINE.ordinal()],
                counts[Outcome.CANCELLED_BEFORE_DEADLINE.ordinal()]);
    }

    /** How many deadlines ended as {@code outcome}. */
    public int count(Outcome outcome) {
        return switch (outcome) {
            case KEPT_ON_TIME -> keptOnTime;
            case KEPT_LATE -> keptLate;
            case RENEGOTIATED_BEFORE -> renegotiatedBefore;
            case RENEGOTIATED_AFTER -> renegotiatedAfter;
            case MISSED -> missed;
            case FOLLOWED_UP_ONLY -> followedUpOnly;
            case CANCELLED_AFTER_DEADLINE -> cancelledAfterDeadline;
            case CANCELLED_BEFORE_DEADLINE -> cancelledBeforeDeadline;
        };
    }

    /**
     * Deadlines that came due: every one reckoned except those called off before they passed. The
     * rate's denominator.
     */
    public int cameDue() {
        return Arrays.stream(Outcome.values())
                .filter(Outcome::cameDue)
                .mapToInt(this::count)
                .sum();
    }

    /** Kept on time or renegotiated before the deadline: the rate's numerator. */
    public int followedThrough() {
        return keptOnTime + renegotiatedBefore;
    }

    public int kept() {
        return keptOnTime + keptLate;
    }

    public int renegotiated() {
        return renegotiatedBefore + renegotiatedAfter;
    }

    /** Still open past the deadline, followed up or not. */
    public int stillOpen() {
        return missed + followedUpOnly;
    }

    /**
     * The follow-through rate in whole percent, rounded half up; empty (shown as "—", never 0 %)
     * when nothing came due.
     */
    public OptionalInt ratePercent() {
        if (cameDue() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(100.0 * followedThrough() / cameDue()));
    }

    public Tally plus(Tally other) {
        return new Tally(
                keptOnTime + other.keptOnTime,
                keptLate + other.keptLate,
                renegotiatedBefore + other.renegotiatedBefore,
                renegotiatedAfter + other.renegotiatedAfter,
                missed + other.missed,
                followedUpOnly + other.followedUpOnly,
                cancelledAfterDeadline + other.cancelledAfterDeadline,
                cancelledBeforeDeadline + other.cancelledBeforeDeadline);
    }
}
