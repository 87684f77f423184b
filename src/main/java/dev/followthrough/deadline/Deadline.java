package dev.followthrough.deadline;

import dev.followthrough.commitment.Firmness;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** When a commitment is due, as read from what its owner typed. */
public sealed interface Deadline {

    /** The words the deadline was read from, as typed ("by Fri 2pm"); empty when none were given. */
    String phrase();

    Firmness firmness();

    /**
     * A specific instant: on a calendar, nudged before, missed after. {@code zone} is the zone it was
     * read in: the one its words named ("4pm ET"), else the owner's.
     */
    record Hard(Instant due, String phrase, ZoneId zone) implements Deadline {
        @Override
        public Firmness firmness() {
            return Firmness.HARD;
        }
    }

    /** Vague or missing; {@code target} is the end of the period it names, when it names one. */
    record Soft(Optional<Instant> target, String phrase) implements Deadline {
        @Override
        public Firmness firmness() {
            return Firmness.SOFT;
        }
    }
}
