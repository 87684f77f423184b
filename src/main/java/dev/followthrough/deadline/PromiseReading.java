package dev.followthrough.deadline;

import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import java.util.List;
import java.util.Optional;

/** What the parser made of a promise's text: a draft, a question, or a refusal with its reason. */
public sealed interface PromiseReading {

    record Parsed(PromiseDraft draft) implements PromiseReading {}

    /**
     * The deadline can be read more than one way ("next Friday", "3/4", "2:30 AM" on the night the
     * clocks jump): never guessed, the owner picks one of {@code readings}; {@code why} says why it asks.
     */
    record Ambiguous(
            String what,
            Optional<Counterparty> counterparty,
            Direction direction,
            String phrase,
            List<Deadline> readings,
            Ambiguity why)
            implements PromiseReading {

        public Ambiguous {
            readings = List.copyOf(readings);
        }

        public Ambiguous(
                String what,
                Optional<Counterparty> counterparty,
                Direction direction,
                String phrase,
                List<Deadline> readings) {
            this(what, counterparty, direction, phrase, readings, Ambiguity.whichDay());
        }

        public PromiseDraft choose(int index) {
            return new PromiseDraft(what, counterparty, direction, readings.get(index));
        }
    }

    /**
     * A recurring promise ("every Friday send the pipeline update"): {@code first} is its first
     * occurrence, due on the schedule's first day; the ones after it follow {@code schedule}.
     */
    record Recurring(PromiseDraft first, Schedule schedule) implements PromiseReading {}

    /** Refused, with a reason the user can act on ("That deadline has already passed: …"). */
    record Invalid(String reason) implements PromiseReading {}
}
