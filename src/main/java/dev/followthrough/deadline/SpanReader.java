package dev.followthrough.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Reads spans measured from now ("in 90 minutes", "in 2.5 hours", "in 3 business days", "2 hours
 * from now"), the same time a day or a week on ("same time next week"), and the ends of periods ("EOW").
 */
final class SpanReader {

    private final List<Token> tokens;
    private final Moment moment;
    private final DurationWords lengths;
    private final PeriodEndReader periodEnds;
    private final DayReader days;
    private final DayResolver calendar;

    SpanReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
        this.lengths = new DurationWords(tokens);
        this.periodEnds = new PeriodEndReader(tokens, moment);
        this.days = new DayReader(tokens);
        this.calendar = new DayResolver(moment);
    }

    Optional<PhraseMatch> read(int at) {
        return measured(at).or(() -> sameTime(at)).or(() -> periodEnds.read(at));
    }

    private Optional<PhraseMatch> measured(int at) {
        if (is(at, "in", "within")) {
            if (is(at + 1, "the") && is(at + 2, "hour")) {
                return Optional.of(pinned(moment.now().toInstant().plus(Duration.ofHours(1)), at + 3));
            }
            // "in the next 2 hours" is that span; "in the next few days" is a hedge, read elsewhere
            if (is(at + 1, "the") && is(at + 2, "next")) {
                return lengths.read(at + 3)
                        .filter(length -> !length.approximate())
                        .flatMap(this::span);
            }
            return lengths.read(at + 1).flatMap(this::span);
        }
        return lengths.read(at)
                .filter(length -> !length.approximate())
                .filter(length -> is(length.end(), "from") && is(length.end() + 1, "now", "today"))
                .flatMap(this::span)
                .map(match -> new PhraseMatch(match.outcome(), match.end() + 2, true));
    }

    /**
     * "(at the) same time tomorrow", "this time next week", "same time Friday": now's wall time
     * (to the minute) on that day.
     */
    private Optional<PhraseMatch> sameTime(int at) {
        int start = is(at, "the") ? at + 1 : at;
        if (!is(start, "same", "this") || !is(start + 1, "time")) {
            return Optional.empty();
        }
        ClockTime now = ClockTime.of(moment.now().toLocalTime().truncatedTo(ChronoUnit.MINUTES));
        int dayAt = is(start + 2, "on") ? start + 3 : start + 2;
        if (is(dayAt, "next") && is(dayAt + 1, "week")) {
            Outcome weekOn = calendar.resolve(new DaySpec.Offset(7, "a week today"), Optional.of(now));
            return Optional.of(new PhraseMatch(weekOn, dayAt + 2, true));
        }
        return days.read(dayAt)
                .map(day -> new PhraseMatch(calendar.resolve(day.spec(), Optional.of(now)), day.end(), true));
    }

    /**
     * A whole number of days is the end of that working day, of weeks or months a soft target;
     * anything finer ("2.5 hours", "a day and a half", "2 hours 30 minutes") is that exact length.
     */
    private Optional<PhraseMatch> span(DurationWords.Length length) {
        List<DurationWords.Part> parts = length.parts();
        DurationWords.Part first = parts.get(0);
        if (parts.size() == 1 && first.hundredths() == 0) {
            return whole(first, length.approximate(), length.end());
        }
        LocalDate today = moment.today();
        long seconds = 0;
        long calendarDays = 0;
        for (DurationWords.Part part : parts) {
            long amount = part.count() * 100L + part.hundredths();
            if (part.unit() == SpanUnit.BUSINESS_DAY) {
                return Optional.empty();
            }
            if (part.unit() == SpanUnit.WEEK) {
                calendarDays += amount * 7 / 100;
            } else if (part.unit() == SpanUnit.MONTH) {
                calendarDays += (int) (today.plusMonths(part.count()).toEpochDay() - today.toEpochDay())
                        + part.hundredths() * 30L / 100;
            } else {
                seconds += part.unit().seconds() * amount / 100;
            }
        }
        if (seconds <= 0 && calendarDays <= 0) {
            return Optional.empty();
        }
        if (calendarDays > 0) {
            Instant target = moment.endOfDay(today.plusDays(calendarDays + seconds / 86_400));
            return Optional.of(new PhraseMatch(Outcome.Vague.until(target), length.end(), true));
        }
        Instant point = moment.now().toInstant().plusSeconds(seconds);
        Outcome outcome = length.approximate() ? Outcome.Vague.until(point) : Outcome.Pinned.at(point);
        return Optional.of(new PhraseMatch(outcome, length.end(), true));
    }

    private Optional<PhraseMatch> whole(DurationWords.Part part, boolean approximate, int end) {
        int count = part.count();
        if (count <= 0) {
            return Optional.empty();
        }
        LocalDate today = moment.today();
        Instant point = switch (part.unit()) {
            case MINUTE -> moment.now().toInstant().plus(Duration.ofMinutes(count));
            case HOUR -> moment.now().toInstant().plus(Duration.ofHours(count));
            case DAY -> moment.endOfDay(today.plusDays(count));
            case BUSINESS_DAY -> moment.endOfDay(businessDaysAfter(today, count));
            case WEEK -> moment.endOfDay(today.plusWeeks(count));
            case MONTH -> moment.endOfDay(today.plusMonths(count));
        };
        boolean vague = approximate || part.unit() == SpanUnit.WEEK || part.unit() == SpanUnit.MONTH;
        Outcome outcome = vague ? Outcome.Vague.until(point) : Outcome.Pinned.at(point);
        return Optional.of(new PhraseMatch(outcome, end, true));
    }

    private PhraseMatch pinned(Instant due, int end) {
        return new PhraseMatch(Outcome.Pinned.at(due), end, true);
    }

    private LocalDate businessDaysAfter(LocalDate from, int count) {
        LocalDate day = from;
        int left = Math.min(count, 3660);
        while (left > 0) {
            day = day.plusDays(1);
            if (moment.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
