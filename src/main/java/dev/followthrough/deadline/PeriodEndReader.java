package dev.followthrough.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ends of periods: "EOW", "end of (the) week", "end of next week", "EOM", "end of the
 * month", "end of December" — each the last working day of the period, at the end of the day.
 * Once a period is over, a working day refuses it (the owner probably slipped); a weekend or
 * holiday reads it as the next period, as people say "end of week" on a Saturday.
 */
final class PeriodEndReader {

    private static final String WEEK_OVER = "This week's last working day has already ended."
            + " Say \"end of next week\" or give a day, like \"Monday\".";
    private static final String MONTH_OVER = "This month's last working day has already ended."
            + " Say \"end of next month\" or give a date, like \"Dec 3\".";

    private final List<Token> tokens;
    private final Moment moment;

    PeriodEndReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
    }

    /** "EOW", "end of (the) week", "end of next week", "EOM", "end of the month", "end of December". */
    Optional<PhraseMatch> read(int at) {
        int start = is(at, "the") ? at + 1 : at;
        if (is(start, "eow")) {
            return Optional.of(endOfWeek(0, start + 1));
        }
        if (is(start, "eom")) {
            return Optional.of(endOfMonth(0, start + 1));
        }
        if (!is(start, "end") || !is(start + 1, "of")) {
            return Optional.empty();
        }
        int next = start + 2;
        int offset = 0;
        if (is(next, "the", "this")) {
            next++;
        } else if (is(next, "next")) {
            offset = 1;
            next++;
        }
        if (is(next, "work", "working", "business") && is(next + 1, "week")) {
            next++;
        }
        if (is(next, "week")) {
            return Optional.of(endOfWeek(offset, next + 1));
        }
        if (is(next, "month")) {
            return Optional.of(endOfMonth(offset, next + 1));
        }
        int monthAt = next;
        Optional<Month> month =
                monthAt < tokens.size() ? Lexicon.month(tokens.get(monthAt).norm()) : Optional.empty();
        return month.map(named -> endOfNamedMonth(named, monthAt + 1));
    }

    private PhraseMatch endOfWeek(int weeksAhead, int end) {
        LocalDate today = moment.today();
        Instant due = moment.endOfDay(moment.lastWorkingDayOfWeek(today.plusWeeks(weeksAhead)));
        if (!moment.isAhead(due)) {
            if (moment.isWorkingDay(today)) {
                return new PhraseMatch(new Outcome.Refused(WEEK_OVER), end, true);
            }
            due = moment.endOfDay(moment.lastWorkingDayOfWeek(today.plusWeeks(weeksAhead + 1)));
        }
        return new PhraseMatch(Outcome.Pinned.at(due), end, true);
    }

    private PhraseMatch endOfMonth(int monthsAhead, int end) {
        LocalDate today = moment.today();
        Instant due = moment.endOfDay(moment.lastWorkingDayOfMonth(today.plusMonths(monthsAhead)));
        if (!moment.isAhead(due)) {
            if (moment.isWorkingDay(today)) {
                return new PhraseMatch(new Outcome.Refused(MONTH_OVER), end, true);
            }
            due = moment.endOfDay(moment.lastWorkingDayOfMonth(today.plusMonths(monthsAhead + 1)));
        }
        return new PhraseMatch(Outcome.Pinned.at(due), end, true);
    }

    private PhraseMatch endOfNamedMonth(Month month, int end) {
        LocalDate today = moment.today();
        LocalDate first = LocalDate.of(today.getYear(), month, 1);
        Instant due = moment.endOfDay(moment.lastWorkingDayOfMonth(first));
        if (!moment.isAhead(due)) {
            due = moment.endOfDay(moment.lastWorkingDayOfMonth(first.plusYears(1)));
        }
        return new PhraseMatch(Outcome.Pinned.at(due), end, true);
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
