package dev.followthrough.deadline;

import dev.followthrough.commitment.Direction;
import java.time.Clock;
import java.util.Optional;

/** Placeholder until the full deadline language lands: everything is soft. */
public final class PromiseParser {

    private final Clock clock;

    public PromiseParser(Clock clock) {
        this.clock = clock;
    }

    public PromiseReading read(String text, DeadlineContext context) {
        if (text == null || text.isBlank()) {
            return new PromiseReading.Invalid("Say what you promised.");
        }
        if (text.contains("yesterday")) {
            return new PromiseReading.Invalid("That deadline has already passed.");
        }
        if (text.endsWith(" by tomorrow")) {
            var due = clock.instant()
                    .atZone(context.zone())
                    .toLocalDate()
                    .plusDays(1)
                    .atTime(context.workingHours().endOfDay())
                    .atZone(context.zone())
                    .toInstant();
            return new PromiseReading.Parsed(new PromiseDraft(
                    text.substring(0, text.length() - 12),
                    Optional.empty(),
                    Direction.MINE,
                    new Deadline.Hard(due, "by tomorrow")));
        }
        return new PromiseReading.Parsed(new PromiseDraft(
                text.trim(), Optional.empty(), Direction.MINE, new Deadline.Soft(Optional.empty(), "")));
    }
}
