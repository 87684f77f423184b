package dev.followthrough.commitment;

/** What happened to a commitment; each transition records one. */
public enum EventKind {
    CREATED,
    /** Delivered: followed through. */
    KEPT,
    UNDONE,
    /** The deadline passed with it open. */
    MISSED,
    /** Contact made, outcome not delivered yet: stays open. */
    FOLLOWED_UP,
    SNOOZED,
    /** The deadline moved by agreement (its timing: before or after the old deadline passed). */
    RENEGOTIATED,
    /** A soft commitment got a specific date and time. */
    FIRMED_UP,
    CANCELLED,
    /** A keep taken back soon after: open again, as if it had never been kept. */
    REOPENED,
    /** What, who, which way or when was corrected (its edited fields say which). */
    EDITED,
    /** The series this commitment is an occurrence of was ended: no occurrence follows it. */
    SERIES_ENDED,
    /**
     * Still missed after its channel's escalation time: raised in its thread or with the channel's
     * escalation contact, once per deadline. A record of what was said; it counts in no score.
     */
    ESCALATED
}
