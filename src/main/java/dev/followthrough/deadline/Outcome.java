package dev.followthrough.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a deadline phrase means, before it is tied to the words it was read from. */
sealed interface Outcome {

    /** One pinned instant, or several when the words allow more than one reading. */
    record Pinned(List<Instant> readings) implements Outcome {
        public Pinned {
            readings = List.copyOf(readings);
        }

        static Pinned at(Instant due) {
            return new Pinned(List.of(due));
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
