package dev.followthrough.commitment;

/** Why a commitment can't change as asked; the surface that asked says it in words. */
public enum Refusal {
    /** Only its owner acts on a commitment. */
    NOT_THE_OWNER,
    ALREADY_KEPT,
    ALREADY_UNDONE,
    ALREADY_CANCELLED,
    /** Reopen asked of a commitment that is open. */
    ALREADY_OPEN,
    /** Reopen asked after {@link Transitions#REOPEN_WINDOW}. */
    TOO_LATE_TO_REOPEN,
    /** Only an open commitment with a deadline can be missed. */
    NOT_MISSABLE,
    /** A new deadline must lie ahead. */
    DEADLINE_NOT_AHEAD,
    /** An edit that changes nothing saves nothing. */
    NOTHING_CHANGED
}
