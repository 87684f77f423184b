package dev.followthrough.commitment;

import java.time.Instant;

/**
 * Where a change fell against the deadline in force: for a keep, on time or late; for a
 * renegotiation, an edit of the deadline or a cancel, before or after the deadline passed.
 */
public enum Timing {
    /** At or before the deadline: kept on time, renegotiated or called off before it passed. */
    BY_THE_DEADLINE,
    /** After the deadline had passed: kept late, renegotiated or called off after missing it. */
    AFTER_THE_DEADLINE;

    /** The timing of something done at {@code now} against {@code deadline}. */
    static Timing of(Instant now, Instant deadline) {
        return now.isAfter(deadline) ? AFTER_THE_DEADLINE : BY_THE_DEADLINE;
    }
}
