package dev.followthrough.commitment;

/** How one deadline of a commitment ended, or stands once it has passed. */
public enum Outcome {
    /** Delivered by the deadline. */
    KEPT_ON_TIME,
    /** Delivered after the deadline. */
    KEPT_LATE,
    /** A new time agreed before the deadline passed: trust kept. */
    RENEGOTIATED_BEFORE,
    /** A new time agreed after the deadline passed: trust repaired, not kept. */
    RENEGOTIATED_AFTER,
    /** The deadline passed; still open, nothing done about it. */
    MISSED,
    /** The deadline passed; still open, but the owner made contact. */
    FOLLOWED_UP_ONLY,
    /** Called off after the deadline had passed: it came due and was not kept. */
    CANCELLED_AFTER_DEADLINE,
    /** Called off before the deadline: it never came due. */
    CANCELLED_BEFORE_DEADLINE;

    /** Whether this deadline counts in the follow-through rate's denominator. */
    public boolean cameDue() {
        return this != CANCELLED_BEFORE_DEADLINE;
    }

    /** Whether it counts as followed through: the rate's numerator. */
    public boolean followedThrough() {
        return this == KEPT_ON_TIME || this == RENEGOTIATED_BEFORE;
    }
}
