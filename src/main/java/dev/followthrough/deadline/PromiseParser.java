package dev.followthrough.deadline;

import dev.followthrough.commitment.Direction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a promise as typed ("send Acme the revised proposal by Fri 2pm") into a draft: what,
 * with whom, which way, and by when, relative to the clock and in the owner's zone and locale.
 * Never throws: anything it can't make sense of comes back as {@link PromiseReading.Invalid}.
 */
public final class PromiseParser {

    private static final DeadlineContext FALLBACK = DeadlineContext.of(ZoneOffset.UTC, Locale.US);

    private final Clock clock;

    public PromiseParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PromiseReading read(String text, DeadlineContext context) {
        try {
            return readPromise(text == null ? "" : text, context == null ? FALLBACK : complete(context));
        } catch (RuntimeException unexpected) {
            // A parser bug must not cost the user their promise: ask them to rephrase instead.
            return new PromiseReading.Invalid("Sorry, I couldn't read that. Try it like " + Wording.EXAMPLE + ".");
        }
    }

    /**
     * Reads a deadline on its own ("Tue 10am", "by Dec 3", "EOD"), as forms that ask only for a
     * date do. The result's task is meaningless; only its deadline (or readings, or refusal) counts.
     */
    public PromiseReading readDeadline(String phrase, DeadlineContext context) {
        var text = phrase == null ? "" : phrase.strip();
        if (text.isEmpty()) {
            return new PromiseReading.Invalid("Give a deadline, like \"Tue 10am\" or \"Dec 3 2pm\".");
        }
        var reading = read(PLACEHOLDER_TASK + " " + text, context);
        if (reading instanceof PromiseReading.Recurring) {
            return new PromiseReading.Invalid(
                    "\"" + text + "\" is a schedule, and this takes one date. For a promise"
                            + " that repeats, type it after /promise, like \"/promise every Friday send the pipeline update\".");
        }
        if (reading instanceof PromiseReading.Parsed parsed
                && (!parsed.draft().what().equals(PLACEHOLDER_TASK)
                        || parsed.draft().deadline().phrase().isEmpty())) {
            return new PromiseReading.Invalid("I couldn't read \"" + text + "\" as a date and time. Try something like"
                    + " \"Tue 10am\" or \"Dec 3 2pm\".");
        }
        return reading;
    }

    /**
     * Reads a schedule on its own ("every Friday", "every other Tuesday at 10"), as a form's
     * "Repeats" field holds it: a {@link PromiseReading.Recurring} whose first occurrence's task is
     * meaningless, or {@link PromiseReading.Invalid} saying what to write instead.
     */
    public PromiseReading readSchedule(String phrase, DeadlineContext context) {
        var text = phrase == null ? "" : phrase.strip();
        if (text.isEmpty()) {
            return new PromiseReading.Invalid("Say when it repeats, " + RecurrenceReader.EXAMPLES + ".");
        }
        var reading = read(PLACEHOLDER_TASK + " " + text, context);
        if (reading instanceof PromiseReading.Recurring recurring
                && recurring.first().what().equals(PLACEHOLDER_TASK)) {
            return reading;
        }
        if (reading instanceof PromiseReading.Invalid) {
            return reading;
        }
        return new PromiseReading.Invalid(
                "I couldn't read \"" + text + "\" as a schedule. Say which days, " + RecurrenceReader.EXAMPLES + ".");
    }

    private static final String PLACEHOLDER_TASK = "deliver";

    private static DeadlineContext complete(DeadlineContext context) {
        return new DeadlineContext(
                context.zone() == null ? ZoneOffset.UTC : context.zone(),
                context.locale() == null ? Locale.ROOT : context.locale(),
                context.workingHours() == null ? WorkingHours.DEFAULT : context.workingHours());
    }

    PromiseReading readPromise(String text, DeadlineContext context) {
        Moment moment = new Moment(ZonedDateTime.ofInstant(clock.instant(), context.zone()), context);
        Optional<RecurrenceReader.Found> recurrence = new RecurrenceReader(Tokenizer.tokens(text), moment).find();
        if (recurrence.isPresent()) {
            return new RecurringReading(this::readPromise, text, moment).read(Tokenizer.tokens(text), recurrence.get());
        }
        List<Token> tokens = HedgeWords.separated(Tokenizer.tokens(text));
        Optional<DeadlineFinder.Found> found = new DeadlineFinder(tokens, moment).find();
        Words words = found.map(deadline -> new Words(
                        text, tokens, deadline.from(), deadline.cut(), deadline.keepFrom(), deadline.keepTo()))
                .orElseGet(() -> new Words(text, tokens, 0, 0));
        WhoReader.Who who = WhoReader.read(words);
        if (who.what().isBlank()) {
            return new PromiseReading.Invalid(Wording.emptyTask());
        }
        if (found.isEmpty()) {
            return parsed(who, new Deadline.Soft(Optional.empty(), ""));
        }
        DeadlineFinder.Found deadline = found.get();
        String phrase = TaskText.render(phrase(text, tokens, deadline));
        Outcome outcome = deadline.outcome();
        if (outcome instanceof Outcome.Refused refused) {
            return new PromiseReading.Invalid(refused.reason());
        }
        if (outcome instanceof Outcome.Vague vague) {
            return parsed(who, new Deadline.Soft(vague.target(), phrase));
        }
        Outcome.Pinned pinned = (Outcome.Pinned) outcome;
        List<Instant> readings = pinned.readings();
        ZoneId readIn = pinned.zone().orElse(context.zone());
        if (readings.size() == 1) {
            return parsed(who, new Deadline.Hard(readings.get(0), phrase, readIn));
        }
        List<Deadline> choices = readings.stream()
                .<Deadline>map(due -> new Deadline.Hard(due, phrase, readIn))
                .toList();
        return new PromiseReading.Ambiguous(
                who.what(), who.counterparty(), who.direction(), phrase, choices, pinned.why());
    }

    /** The deadline's own words as typed, without the task's words inside it ("at 3pm tomorrow"). */
    private static String phrase(String text, List<Token> tokens, DeadlineFinder.Found deadline) {
        if (deadline.keepFrom() >= deadline.keepTo()) {
            return text.substring(
                    tokens.get(deadline.from()).start(),
                    tokens.get(deadline.to() - 1).end());
        }
        return text.substring(
                        tokens.get(deadline.from()).start(),
                        tokens.get(deadline.keepFrom() - 1).end())
                + " "
                + text.substring(
                        tokens.get(deadline.keepTo()).start(),
                        tokens.get(deadline.to() - 1).end());
    }

    private static PromiseReading parsed(WhoReader.Who who, Deadline deadline) {
        Direction direction = who.direction();
        return new PromiseReading.Parsed(new PromiseDraft(who.what(), who.counterparty(), direction, deadline));
    }
}
