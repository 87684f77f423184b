package dev.followthrough.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What a deadline phrase means, before it is tied to the words it was read from. */
sealed interface Outcome {

    /**
     * One pinned instant, or several when the words allow more than one reading ({@code why} says
     * why); {@code zone} is the zone the words named, empty when they named none.
     */
    record Pinned(List<Instant> readings, Ambiguity why, Optional<ZoneId> zone) implements Outcome {
        public Pinned {
            readings = List.copyOf(readings);
        }

        Pinned(List<Instant> readings) {
            this(readings, Ambiguity.whichDay(), Optional.empty());
        }

        Pinned(List<Instant> readings, Ambiguity why) {
            this(readings, why, Optional.empty());
        }

        static Pinned at(Instant due) {
            return new Pinned(List.of(due));
        }

        Pinned readIn(ZoneId named) {
            return new Pinned(readings, why, Optional.of(named));
        }
    }

    record Vague(Optional<Instant> target) implements Outcome {
        static Vague until(Instant target) {
            return new Vague(Optional.of(target));
        }

        static Vague open() {
            return new Vague(Optional.empty());
        }
    }

    record Refused(String reason) implements Outcome {}
}
