package dev.followthrough.deadline;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Reads a promise whose text holds a recurrence ("every other Tuesday at 10 call Acme"): the
 * recurrence words give the days, a time beside them or elsewhere ("by 3pm") the time of day, and
 * the rest of the text is read as any promise is. A date without a time is the end of the working
 * day, as for a one-off deadline; a day named besides the schedule ("every Friday … by Tuesday")
 * is refused rather than guessed.
 */
final class RecurringReading {

    private final BiFunction<String, DeadlineContext, PromiseReading> readOnce;
    private final String text;
    private final Moment moment;

    RecurringReading(BiFunction<String, DeadlineContext, PromiseReading> readOnce, String text, Moment moment) {
        this.readOnce = readOnce;
        this.text = text;
        this.moment = moment;
    }

    PromiseReading read(List<Token> tokens, RecurrenceReader.Found found) {
        if (found.refusal().isPresent()) {
            return new PromiseReading.Invalid(found.refusal().get());
        }
        int to = found.to();
        int timeAt = is(tokens, to, "by", "before") ? to + 1 : to;
        var besideTime = new TimeOfDayReader(tokens, moment).read(timeAt).filter(match -> !match.today());
        if (besideTime.isPresent() && besideTime.get().refusal().isPresent()) {
            return new PromiseReading.Invalid(besideTime.get().refusal().get());
        }
        int phraseEnd = besideTime.map(TimeOfDayReader.TimeMatch::end).orElse(to);
        String phrase = text.substring(
                tokens.get(found.from()).start(), tokens.get(phraseEnd - 1).end());
        String rest = (text.substring(0, tokens.get(found.from()).start()) + " "
                        + text.substring(tokens.get(phraseEnd - 1).end()))
                .strip();
        if (new RecurrenceReader(Tokenizer.tokens(rest), moment).find().isPresent()) {
            return new PromiseReading.Invalid(
                    "That has two schedules in it. Make one promise for each, " + RecurrenceReader.EXAMPLES + ".");
        }
        var reading = readOnce.apply(rest, moment.context());
        if (reading instanceof PromiseReading.Invalid) {
            return reading;
        }
        String restPhrase = reading instanceof PromiseReading.Parsed parsed
                ? parsed.draft().deadline().phrase()
                : ((PromiseReading.Ambiguous) reading).phrase();
        Optional<TimeOfDayReader.TimeMatch> time = besideTime;
        if (!restPhrase.isEmpty()) {
            var restTime = timeOnly(restPhrase);
            if (restTime.isEmpty() || besideTime.isPresent()) {
                return new PromiseReading.Invalid("\"" + phrase + "\" already says which days; \"" + restPhrase
                        + "\" can only give the time of day, like \"every Friday at 3pm\".");
            }
            if (restTime.get().refusal().isPresent()) {
                return new PromiseReading.Invalid(restTime.get().refusal().get());
            }
            time = restTime;
            phrase = phrase + " " + restPhrase;
        }
        if (time.isPresent() && time.get().time().midnight()) {
            return new PromiseReading.Invalid("A recurring promise can't be due at midnight: say \"11:59pm\", or the"
                    + " morning after, like \"every Friday at 11:59pm\".");
        }
        LocalTime clock =
                time.map(match -> match.time().time()).orElse(moment.hours().endOfDay());
        var schedule = Schedule.starting(
                found.rule().orElseThrow(),
                clock,
                moment.context().zone(),
                moment.now().toInstant(),
                phrase);
        var first = new Deadline.Hard(schedule.dueOn(schedule.anchor()), phrase, schedule.zone());
        var draft = reading instanceof PromiseReading.Parsed parsed
                ? parsed.draft()
                : ((PromiseReading.Ambiguous) reading).choose(0);
        return new PromiseReading.Recurring(
                new PromiseDraft(draft.what(), draft.counterparty(), draft.direction(), first), schedule);
    }

    /** The time a deadline phrase gives, when that is all it gives ("by 3pm", "at 10", "EOD"). */
    private Optional<TimeOfDayReader.TimeMatch> timeOnly(String phrase) {
        List<Token> words = Tokenizer.tokens(phrase);
        int at = 0;
        while (at < words.size() && words.get(at).is("by", "before", "until", "till", "due")) {
            at++;
        }
        return new TimeOfDayReader(words, moment)
                .read(at)
                .filter(match -> match.end() == words.size() && !match.today());
    }

    private static boolean is(List<Token> tokens, int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
