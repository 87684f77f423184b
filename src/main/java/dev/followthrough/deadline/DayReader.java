package dev.followthrough.deadline;

import dev.followthrough.deadline.DaySpec.Which;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a day: "today", "tomorrow", "Fri", "next Tuesday", "Dec 3", "3rd of December", "12/3", "2026-12-03". */
final class DayReader {

    /** Read from the tokens: the day, where its words end, and whether it only counts introduced or at the end. */
    record DayMatch(DaySpec spec, int end, boolean weak) {
        DayMatch(DaySpec spec, int end) {
            this(spec, end, false);
        }
    }

    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private final List<Token> tokens;
    private final AnchoredDayReader anchored;

    DayReader(List<Token> tokens) {
        this.tokens = tokens;
        this.anchored = new AnchoredDayReader(tokens);
    }

    Optional<DayMatch> read(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        return relative(at)
                .or(() -> anchored.read(at))
                .or(() -> weekday(at))
                .or(() -> written(at))
                .or(() -> numeric(at));
    }

    private Optional<DayMatch> relative(int at) {
        if (is(at, "today", "tdy")) {
            return match(new DaySpec.Offset(0, "today"), at + 1);
        }
        if (is(at, "tomorrow", "tmrw", "tmr", "tmw", "tomorow", "tommorow", "tommorrow", "2moro", "2morrow")) {
            return match(new DaySpec.Offset(1, "tomorrow"), at + 1);
        }
        int from = is(at, "the") ? at + 1 : at;
        if (is(from, "day") && is(from + 1, "after") && is(from + 2, "tomorrow")) {
            return match(new DaySpec.Offset(2, "the day after tomorrow"), from + 3);
        }
        if (is(at, "yesterday")) {
            return match(new DaySpec.Gone("Yesterday"), at + 1);
        }
        return Optional.empty();
    }

    private Optional<DayMatch> weekday(int at) {
        Which which = Which.NEAREST;
        int position = at;
        if (is(position, "last") && named(position + 1).isPresent()) {
            String name = tokens.get(position + 1).bare();
            return match(new DaySpec.Gone("Last " + capitalise(name)), position + 2);
        }
        if (is(position, "next")
                && is(position + 1, "week")
                && named(position + 2).isPresent()) {
            return match(new DaySpec.Weekday(named(position + 2).get(), Which.OF_NEXT_WEEK), position + 3);
        }
        if (is(position, "the")
                && named(position + 1).isPresent()
                && is(position + 2, "after")
                && is(position + 3, "next")) {
            return match(new DaySpec.WeeksAfter(named(position + 1).get(), 1), position + 4);
        }
        if (is(position, "this", "the") && is(position + 1, "coming")) {
            which = Which.COMING;
            position += 2;
        } else if (is(position, "coming")) {
            which = Which.COMING;
            position++;
        } else if (is(position, "this")) {
            which = Which.THIS;
            position++;
        } else if (is(position, "next")) {
            which = Which.NEXT;
            position++;
        }
        Optional<DayOfWeek> day = named(position);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        int end = position + 1;
        Optional<DayMatch> date = written(end).or(() -> numeric(end));
        if (date.isPresent() && which == Which.NEAREST) {
            return date;
        }
        if (is(end, "next") && is(end + 1, "week")) {
            return match(new DaySpec.Weekday(day.get(), Which.OF_NEXT_WEEK), end + 2);
        }
        if (is(end, "this") && is(end + 1, "week")) {
            return match(new DaySpec.Weekday(day.get(), Which.THIS), end + 2);
        }
        if (which == Which.NEAREST && endsUnpunctuated(position) && is(end, "week", "fortnight")) {
            return match(new DaySpec.WeeksAfter(day.get(), is(end, "week") ? 1 : 2), end + 1);
        }
        return match(new DaySpec.Weekday(day.get(), which), end);
    }

    /** "Monday. Week 3 starts…" is not "Monday week". */
    private boolean endsUnpunctuated(int at) {
        String text = tokens.get(at).text();
        return Character.isLetter(text.charAt(text.length() - 1));
    }

    private Optional<DayOfWeek> named(int at) {
        return at < tokens.size() ? Lexicon.weekday(tokens.get(at).norm()) : Optional.empty();
    }

    /**
     * "Dec 3", "December 3rd, 2026", "3 Dec", "3rd of December", "the 3rd of December", "the 15th",
     * and spelled: "March fifth", "the fifth of March", "fifth March", "the thirty-first".
     */
    private Optional<DayMatch> written(int at) {
        Optional<Month> month = monthAt(at);
        if (month.isPresent()) {
            Matcher day = matcher(DAY_NUMBER, at + 1);
            if (day != null) {
                return withYear(month.get(), Integer.parseInt(day.group(1)), at + 2);
            }
            int spelledAt = is(at + 1, "the") ? at + 2 : at + 1;
            Matcher numbered = spelledAt > at + 1 ? matcher(ORDINAL, spelledAt) : null;
            if (numbered != null) {
                return withYear(month.get(), Integer.parseInt(numbered.group(1)), spelledAt + 1);
            }
            return spelledOrdinal(spelledAt).flatMap(spelled -> withYear(month.get(), spelled.day(), spelled.end()));
        }
        int from = is(at, "the") ? at + 1 : at;
        Optional<OrdinalWords.Ordinal> spelled = spelledOrdinal(from);
        if (spelled.isPresent()) {
            return spelledDay(spelled.get(), from > at);
        }
        Matcher day = matcher(DAY_NUMBER, from);
        if (day == null) {
            return Optional.empty();
        }
        int next = is(from + 1, "of") ? from + 2 : from + 1;
        Optional<Month> after = monthAt(next);
        if (after.isPresent()) {
            return withYear(after.get(), Integer.parseInt(day.group(1)), next + 1);
        }
        if (ORDINAL.matcher(tokens.get(from).norm()).matches()) {
            return match(new DaySpec.DayOfMonth(Integer.parseInt(day.group(1))), from + 1);
        }
        return Optional.empty();
    }

    /**
     * "fifth March", "the fifth of March"; alone, "the fifth" is a day only where a deadline may end
     * (so "send the first draft" keeps its task), and only weakly: introduced or at the end.
     */
    private Optional<DayMatch> spelledDay(OrdinalWords.Ordinal spelled, boolean afterThe) {
        int next = is(spelled.end(), "of") ? spelled.end() + 1 : spelled.end();
        Optional<Month> after = monthAt(next);
        if (after.isPresent()) {
            return withYear(after.get(), spelled.day(), next + 1);
        }
        if (!afterThe || !endsPhrase(spelled.end())) {
            return Optional.empty();
        }
        return Optional.of(new DayMatch(new DaySpec.DayOfMonth(spelled.day()), spelled.end(), true));
    }

    private Optional<OrdinalWords.Ordinal> spelledOrdinal(int at) {
        if (is(at, "first") && is(at + 1, "thing")) {
            return Optional.empty();
        }
        return OrdinalWords.read(tokens, at);
    }

    /** Nothing follows but punctuation, a time, or words that start or belong to a deadline. */
    private boolean endsPhrase(int end) {
        if (end >= tokens.size()
                || Tokenizer.stripPunctuation(tokens.get(end - 1).text()).length()
                        < tokens.get(end - 1).text().length()) {
            return true;
        }
        Token next = tokens.get(end);
        return next.startsWithDigit()
                || Lexicon.LEADS.contains(next.norm())
                || Lexicon.EMPHASIS.contains(next.norm())
                || Lexicon.COURTESY.contains(next.norm())
                || next.is(
                        "and",
                        "in",
                        "then",
                        "noon",
                        "midday",
                        "midnight",
                        "eod",
                        "cob",
                        "morning",
                        "afternoon",
                        "evening",
                        "night");
    }

    private Optional<DayMatch> withYear(Month month, int day, int next) {
        Matcher year = matcher(YEAR, next);
        if (year != null) {
            return match(new DaySpec.MonthDay(month.getValue(), day, Integer.parseInt(year.group())), next + 1);
        }
        return match(new DaySpec.MonthDay(month.getValue(), day, 0), next);
    }

    private Optional<DayMatch> numeric(int at) {
        Matcher iso = matcher(ISO, at);
        if (iso != null) {
            String typed = tokens.get(at).norm();
            try {
                LocalDate date = LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
                return match(new DaySpec.Exact(date, typed), at + 1);
            } catch (DateTimeException impossible) {
                return match(new DaySpec.Exact(null, typed), at + 1);
            }
        }
        Matcher slashed = matcher(SLASHED, at);
        if (slashed == null) {
            return Optional.empty();
        }
        int year = slashed.group(3) == null ? 0 : Integer.parseInt(slashed.group(3));
        int fullYear = year > 0 && year < 100 ? 2000 + year : year;
        return match(
                new DaySpec.Slashed(Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)), fullYear),
                at + 1);
    }

    /** "May" only when capitalised: "I may 3…" is not a date. */
    private Optional<Month> monthAt(int at) {
        if (at >= tokens.size()
                || (tokens.get(at).is("may") && !tokens.get(at).text().startsWith("M"))) {
            return Optional.empty();
        }
        return Lexicon.month(tokens.get(at).norm());
    }

    private Matcher matcher(Pattern pattern, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        Matcher matcher = pattern.matcher(tokens.get(at).norm());
        return matcher.matches() ? matcher : null;
    }

    private static Optional<DayMatch> match(DaySpec spec, int end) {
        return Optional.of(new DayMatch(spec, end));
    }

    private static String capitalise(String word) {
        return word.isEmpty()
                ? word
                : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase();
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
