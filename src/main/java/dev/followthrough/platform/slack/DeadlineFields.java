package dev.followthrough.platform.slack;

import com.slack.api.model.view.ViewState;
import dev.followthrough.deadline.Deadline;
import dev.followthrough.deadline.DeadlineContext;
import dev.followthrough.deadline.PromiseParser;
import dev.followthrough.deadline.PromiseReading;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A deadline as forms ask for it: typed in the deadline language, or picked as a date and
 * (optionally) a time. Every form that asks for one reads it here, so they all read it alike.
 */
public final class DeadlineFields {

    /** The ids of a form's deadline blocks; {@code date} and {@code time} may be null (none). */
    public record Blocks(String typed, String date, String time) {}

    public sealed interface Reading {}

    /** Nothing given reads as soft with no phrase; the caller decides whether that will do. */
    public record Read(Deadline deadline) implements Reading {}

    /** The errors to show, by block id. */
    public record Unreadable(Map<String, String> errors) implements Reading {}

    /** How a typed deadline reads: the hint shown while typing, and the error on submit. */
    public record Described(String hint, Optional<Deadline> deadline, Optional<String> error) {}

    private final PromiseParser parser;

    public DeadlineFields(PromiseParser parser) {
        this.parser = parser;
    }

    /** Reads the deadline in its owner's zone, locale and working hours. */
    public Reading read(ViewState state, Blocks blocks, DeadlineContext owner, Instant now) {
        var typed = ViewStates.text(state, blocks.typed());
        if (typed.isPresent()) {
            var described = describe(typed.get(), owner);
            return described.error().isPresent()
                    ? new Unreadable(Map.of(blocks.typed(), described.error().get()))
                    : new Read(described.deadline().orElseThrow());
        }
        var date = blocks.date() == null
                ? Optional.<String>empty()
                : ViewStates.value(state, blocks.date()).map(ViewState.Value::getSelectedDate);
        if (date.isEmpty()) {
            return new Read(new Deadline.Soft(Optional.empty(), ""));
        }
        var time = blocks.time() == null
                ? owner.workingHours().endOfDay()
                : ViewStates.time(state, blocks.time())
                        .orElse(owner.workingHours().endOfDay());
        // ZonedDateTime.of moves a time that doesn't exist (spring forward) later, as people expect.
        var due = ZonedDateTime.of(LocalDate.parse(date.get()), time, owner.zone())
                .toInstant();
        if (!due.isAfter(now)) {
            return new Unreadable(Map.of(blocks.date(), "That's already passed: pick a day and time ahead."));
        }
        return new Read(new Deadline.Hard(due, DueText.plain(due, owner.zone(), owner.locale()), owner.zone()));
    }

    public Described describe(String typed, DeadlineContext owner) {
        var reading = parser.readDeadline(typed, owner);
        if (reading instanceof PromiseReading.Invalid invalid) {
            return new Described(invalid.reason(), Optional.empty(), Optional.of(invalid.reason()));
        }
        if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            var readings = ambiguous.readings().stream()
                    .map(deadline -> DueText.plain(((Deadline.Hard) deadline).due(), owner.zone(), owner.locale()))
                    .collect(Collectors.joining(" or "));
            var message = "\"" + typed + "\" could mean " + readings + ". Say the date itself.";
            return new Described(message, Optional.empty(), Optional.of(message));
        }
        var deadline = ((PromiseReading.Parsed) reading).draft().deadline();
        if (deadline instanceof Deadline.Hard hard) {
            return new Described(
                    "Reads as: " + DueText.plain(hard.due(), owner.zone(), owner.locale()) + " (firm)",
                    Optional.of(deadline),
                    Optional.empty());
        }
        var target = ((Deadline.Soft) deadline)
                .target()
                .map(at -> ", aiming for " + DueText.plain(at, owner.zone(), owner.locale()))
                .orElse("");
        return new Described(
                "Reads as: soft, no firm date" + target + ". I'll ask you to pin it down.",
                Optional.of(deadline),
                Optional.empty());
    }
}
