package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * Reads a part of a week or month: "early next week", "midweek", "late this month", "mid-December",
 * "the start of next week". The owner means somewhere in that part, so it is soft, aimed at its
 * end: Tuesday, Wednesday or the last working day of a week; the 10th, the 15th or the last working
 * day of a month (a working day, on or before it); the first working day for its start.
 */
final class PeriodPartReader {

    private enum Part {
        START,
        EARLY,
        MID,
        LATE
    }

    private record PartAt(Part part, int next) {}

    private final List<Token> tokens;
    private final Moment moment;

    PeriodPartReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
    }

    Optional<PhraseMatch> read(int at) {
        int from = is(at, "in") ? at + 1 : at;
        from = is(from, "the") ? from + 1 : from;
        Optional<PhraseMatch> glued = glued(from);
        if (glued.isPresent()) {
            return glued;
        }
        Optional<PartAt> part = part(from);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        int next = part.get().next();
        if (is(next, "in") && is(next + 1, "the") && is(next + 2, "week", "month")) {
            return Optional.of(inPeriod(part.get().part(), tokens.get(next + 2).is("week"), 0, next + 3));
        }
        int which = is(next, "the", "this") ? 0 : is(next, "next") ? 1 : -1;
        int unitAt = which < 0 ? next : next + 1;
        if (which >= 0 && is(unitAt, "week", "month")) {
            return Optional.of(inPeriod(part.get().part(), tokens.get(unitAt).is("week"), which, unitAt + 1));
        }
        if (part.get().part() == Part.MID && which < 0 && is(unitAt, "week", "month")) {
            return Optional.of(inPeriod(Part.MID, tokens.get(unitAt).is("week"), 0, unitAt + 1));
        }
        Optional<Month> month =
                unitAt < tokens.size() ? Lexicon.month(tokens.get(unitAt).norm()) : Optional.empty();
        if (which < 0
                && month.isPresent()
                && !(is(unitAt, "may") && !tokens.get(unitAt).text().startsWith("M"))) {
            return Optional.of(named(part.get().part(), month.get(), unitAt + 1));
        }
        return Optional.empty();
    }

    /** "midweek", "mid-week", "mid-month", "mid-December", "mid-Dec". */
    private Optional<PhraseMatch> glued(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String norm = tokens.get(at).norm();
        String rest = norm.startsWith("mid-") ? norm.substring(4) : norm.startsWith("mid") ? norm.substring(3) : "";
        if (rest.equals("week")) {
            return Optional.of(inPeriod(Part.MID, true, 0, at + 1));
        }
        if (rest.equals("month")) {
            return Optional.of(inPeriod(Part.MID, false, 0, at + 1));
        }
        if (norm.startsWith("mid-")) {
            return Lexicon.month(rest).map(month -> named(Part.MID, month, at + 1));
        }
        return Optional.empty();
    }

    private Optional<PartAt> part(int at) {
        if (is(at, "start", "beginning") && is(at + 1, "of")) {
            return Optional.of(new PartAt(Part.START, at + 2));
        }
        if (is(at, "middle") && is(at + 1, "of")) {
            return Optional.of(new PartAt(Part.MID, at + 2));
        }
        if (is(at, "early")) {
            return Optional.of(new PartAt(Part.EARLY, at + 1));
        }
        if (is(at, "mid")) {
            return Optional.of(new PartAt(Part.MID, at + 1));
        }
        if (is(at, "late", "later")) {
            return Optional.of(new PartAt(Part.LATE, at + 1));
        }
        return Optional.empty();
    }

    /** This (0) or next (1) week or month; a part already over points at the same part of the following one. */
    private PhraseMatch inPeriod(Part part, boolean week, int which, int end) {
        LocalDate today = moment.today();
        LocalDate target = week ? inWeek(part, today.plusWeeks(which)) : inMonth(part, today.plusMonths(which));
        if (!moment.isAhead(moment.endOfDay(target))) {
            target = week ? inWeek(part, today.plusWeeks(which + 1)) : inMonth(part, today.plusMonths(which + 1));
        }
        return soft(target, end);
    }

    /** A named month: this year's while its part is ahead, else next year's. */
    private PhraseMatch named(Part part, Month month, int end) {
        LocalDate first = moment.today().withMonth(month.getValue()).withDayOfMonth(1);
        LocalDate target = inMonth(part, first);
        if (!moment.isAhead(moment.endOfDay(target))) {
            target = inMonth(part, first.plusYears(1));
        }
        return soft(target, end);
    }

    private LocalDate inWeek(Part part, LocalDate date) {
        return switch (part) {
            case START -> firstWorkingDayFrom(date.with(DayOfWeek.MONDAY));
            case EARLY -> date.with(DayOfWeek.TUESDAY);
            case MID -> date.with(DayOfWeek.WEDNESDAY);
            case LATE -> moment.lastWorkingDayOfWeek(date);
        };
    }

    private LocalDate inMonth(Part part, LocalDate date) {
        return switch (part) {
            case START -> firstWorkingDayFrom(date.withDayOfMonth(1));
            case EARLY -> workingDayOnOrBefore(date.withDayOfMonth(10));
            case MID -> workingDayOnOrBefore(date.withDayOfMonth(15));
            case LATE -> moment.lastWorkingDayOfMonth(date);
        };
    }

    private LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        for (int step = 0; step < 7 && !moment.isWorkingDay(day); step++) {
            day = day.plusDays(1);
        }
        return day;
    }

    private LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        for (int step = 0; step < 7 && !moment.isWorkingDay(day); step++) {
            day = day.minusDays(1);
        }
        return day;
    }

    private PhraseMatch soft(LocalDate target, int end) {
        return new PhraseMatch(Outcome.Vague.until(moment.endOfDay(target)), end, false);
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
