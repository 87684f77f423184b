package dev.followthrough.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ends of periods as people write them: "EOW", "E.O.Q.", "end of (the) week", "end of
 * next month", "by the weekend", "month-end", "quarter end", "end of Q2", "Q3 end", "end of H1",
 * "year-end", "before the year is out", "by the end of 2027", "end of December"; and "this weekend",
 * "over the weekend", which stay soft.
 */
final class PeriodEndReader {

    private static final String[] LEADS_TO_A_WEEKEND = {"by", "before", "until", "till", "til", "b4"};

    private final List<Token> tokens;
    private final Moment moment;
    private final PeriodEnds ends;
    private final TimeOfDayReader times;

    PeriodEndReader(List<Token> tokens, Moment moment) {
        this(
                tokens,
                moment,
                new PeriodEnds(moment, ClockTime.ofEndOfDay(moment.hours().endOfDay())));
    }

    private PeriodEndReader(List<Token> tokens, Moment moment, PeriodEnds ends) {
        this.tokens = tokens;
        this.moment = moment;
        this.ends = ends;
        this.times = new TimeOfDayReader(tokens, moment);
    }

    /** A period's end, at the time that follows it when one does ("by EOM at 3pm", "end of Q1 noon"). */
    Optional<PhraseMatch> read(int at) {
        Optional<PhraseMatch> end = endAt(at);
        if (end.isEmpty() || end.get().outcome() instanceof Outcome.Vague) {
            return end;
        }
        Optional<TimeOfDayReader.TimeMatch> time = times.read(end.get().end())
                .filter(match -> !match.today() && !match.time().endOfDay());
        if (time.isEmpty()) {
            return end;
        }
        PeriodEndReader timed = new PeriodEndReader(
                tokens, moment, new PeriodEnds(moment, time.get().time()));
        return timed.endAt(at)
                .map(match -> new PhraseMatch(match.outcome(), time.get().end(), true));
    }

    private Optional<PhraseMatch> endAt(int at) {
        int start = is(at, "the") ? at + 1 : at;
        Optional<CalendarPeriod> abbreviated = abbreviation(start);
        if (abbreviated.isPresent()) {
            return match(ends.current(abbreviated.get(), 0), start + 1, true);
        }
        if (is(start, "end", "close") && is(start + 1, "of")) {
            return endOf(start + 2);
        }
        Optional<CalendarPeriod> hyphenated = at(start)
                .filter(word -> word.norm().startsWith("end-of-"))
                .flatMap(word -> CalendarPeriod.named(word.norm().substring("end-of-".length())));
        if (hyphenated.isPresent()) {
            return match(ends.current(hyphenated.get(), 0), start + 1, false);
        }
        if (start > at && is(start, "year") && is(start + 1, "is") && is(start + 2, "out")) {
            return match(ends.current(CalendarPeriod.YEAR, 0), start + 3, true);
        }
        if (start > at && is(start, "year's") && is(start + 1, "out")) {
            return match(ends.current(CalendarPeriod.YEAR, 0), start + 2, true);
        }
        return weekend(at, start).or(() -> endWord(start)).or(() -> within(at));
    }

    /**
     * "this quarter", "sometime next year", "later this half": soft, aimed at that period's end.
     * (Weeks and months are the vague reader's; "the next half hour" is a span.)
     */
    private Optional<PhraseMatch> within(int at) {
        int from = is(at, "sometime", "later", "late", "during") ? at + 1 : at;
        if (!is(from, "this", "next")
                || !is(from + 1, "quarter", "qtr", "half", "year")
                || is(from + 2, "hour", "hours", "hr", "day", "days", "an", "a")) {
            return Optional.empty();
        }
        CalendarPeriod period =
                CalendarPeriod.named(tokens.get(from + 1).norm()).orElseThrow();
        return match(ends.aimedAtEnd(period, tokens.get(from).is("next") ? 1 : 0), from + 2, false);
    }

    private Optional<CalendarPeriod> abbreviation(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        return switch (tokens.get(at).norm()) {
            case "eow" -> Optional.of(CalendarPeriod.WEEK);
            case "eom" -> Optional.of(CalendarPeriod.MONTH);
            case "eoq" -> Optional.of(CalendarPeriod.QUARTER);
            case "eoy" -> Optional.of(CalendarPeriod.YEAR);
            default -> Optional.empty();
        };
    }

    /** After "end of": "(the|this|next) (working) week", "Q2", "H1", "the second quarter", "2027", "December". */
    private Optional<PhraseMatch> endOf(int from) {
        int next = from;
        int ahead = 0;
        if (is(next, "the", "this")) {
            next++;
        }
        if (is(next, "next", "following")) {
            ahead = 1;
            next++;
        }
        if (is(next, "work", "working", "business", "calendar") && is(next + 1, "week", "year")) {
            next++;
        }
        Optional<CalendarPeriod> period = at(next).flatMap(word -> CalendarPeriod.named(word.norm()));
        if (period.isPresent() && ahead == 0 && is(next + 1, "after") && is(next + 2, "next")) {
            return match(ends.current(period.get(), 2), next + 3, true);
        }
        if (period.isPresent() && !is(next + 1, "of")) {
            return match(ends.current(period.get(), ahead), next + 1, true);
        }
        if (ahead > 0) {
            return Optional.empty();
        }
        int name = next;
        return NamedPeriod.read(tokens, name, moment.today())
                .flatMap(named -> match(ends.named(named.period(), named.day(), named.yearTyped()), named.end(), true))
                .or(() -> namedMonth(name));
    }

    private Optional<PhraseMatch> namedMonth(int at) {
        Optional<Month> month = at(at).flatMap(word -> Lexicon.month(word.norm()));
        boolean yearTyped =
                at + 1 < tokens.size() && NamedPeriod.isYear(tokens.get(at + 1).norm());
        int year = yearTyped
                ? Integer.parseInt(tokens.get(at + 1).norm())
                : moment.today().getYear();
        return month.flatMap(named -> {
            LocalDate first = LocalDate.of(year, named, 1);
            return match(ends.named(CalendarPeriod.MONTH, first, yearTyped), yearTyped ? at + 2 : at + 1, true);
        });
    }

    /** "by the weekend" is the week's end; "this weekend", "over the weekend", "at the weekend" stay soft. */
    private Optional<PhraseMatch> weekend(int at, int start) {
        if (is(start, "weekend") && is(at - 1, LEADS_TO_A_WEEKEND)) {
            return match(ends.current(CalendarPeriod.WEEK, 0), start + 1, true);
        }
        if (is(at, "this") && is(at + 1, "weekend")) {
            return match(ends.weekend(), at + 2, true);
        }
        if (is(at, "over", "during") && is(at + 1, "the", "this") && is(at + 2, "weekend")) {
            return match(ends.weekend(), at + 3, true);
        }
        if (is(start, "weekend") && start > at && is(at - 1, "at", "on")) {
            return match(ends.weekend(), start + 1, true);
        }
        return Optional.empty();
    }

    /** "month-end", "quarter end", "week's end", "Q3 end", "H1-end": the noun-like forms, so weak. */
    private Optional<PhraseMatch> endWord(int at) {
        Optional<Token> word = at(at);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        String norm = word.get().norm();
        boolean glued = norm.endsWith("-end");
        String stem = glued ? norm.substring(0, norm.length() - "-end".length()) : norm;
        int end = glued ? at + 1 : at + 2;
        if (!glued && !is(at + 1, "end")) {
            return Optional.empty();
        }
        boolean possessive = stem.endsWith("'s");
        Optional<CalendarPeriod> period =
                CalendarPeriod.named(possessive ? stem.substring(0, stem.length() - 2) : stem);
        if (period.isPresent()) {
            return match(ends.current(period.get(), 0), end, false);
        }
        return NamedPeriod.ofCode(stem, moment.today())
                .flatMap(named -> match(ends.named(named.period(), named.day(), false), end, false));
    }

    private Optional<Token> at(int at) {
        return at >= 0 && at < tokens.size() ? Optional.of(tokens.get(at)) : Optional.empty();
    }

    private static Optional<PhraseMatch> match(Outcome outcome, int end, boolean strong) {
        return Optional.of(new PhraseMatch(outcome, end, strong));
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
