package dev.followthrough.commitment;

/** Where a commitment stands. */
public enum Status {
    /** Still to be kept. */
    OPEN,
    /** Its deadline passed with it open: still to be kept, late, or renegotiated. */
    MISSED,
    /** Delivered. */
    KEPT,
    /** Called off by its owner. */
    CANCELLED,
    /** Taken back right after it was recorded: it never counts anywhere. */
    UNDONE;

    public boolean isOpen() {
        return this == OPEN || this == MISSED;
    }
}
