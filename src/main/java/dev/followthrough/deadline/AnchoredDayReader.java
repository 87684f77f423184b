package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/**
 * Reads days counted in weeks from another day: "a week from Monday", "a week on Monday", "a week
 * Monday", "two weeks from Friday", "a fortnight on Friday", "a week today", "a week from tomorrow".
 * ("Monday week" and "Friday fortnight" are read with the weekday.)
 */
final class AnchoredDayReader {

    private static final int MOST_WEEKS = 52;

    private final List<Token> tokens;

    AnchoredDayReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    Optional<DayReader.DayMatch> read(int at) {
        Optional<Quantity> count =
                Quantity.read(tokens, at).filter(quantity -> !quantity.approximate() && quantity.whole());
        if (count.isEmpty() || count.get().count() > MOST_WEEKS) {
            return Optional.empty();
        }
        int unitAt = count.get().end();
        int perUnit = weeksIn(tokens, unitAt);
        if (perUnit == 0) {
            return Optional.empty();
        }
        int weeks = count.get().count() * perUnit;
        int from = is(unitAt + 1, "from", "on", "after") ? unitAt + 2 : unitAt + 1;
        if (is(from, "this")
                && from < tokens.size() - 1
                && Lexicon.weekday(tokens.get(from + 1).norm()).isPresent()) {
            from++;
        }
        if (is(from, "today")) {
            return match(new DaySpec.Offset(weeks * 7, "today"), from + 1);
        }
        if (is(from, "tomorrow", "tmrw", "tmr", "tmw")) {
            return match(new DaySpec.Offset(weeks * 7 + 1, "tomorrow"), from + 1);
        }
        Optional<DayOfWeek> day =
                from < tokens.size() ? Lexicon.weekday(tokens.get(from).norm()) : Optional.empty();
        int end = from + 1;
        return day.flatMap(named -> match(new DaySpec.WeeksAfter(named, weeks), end));
    }

    /** How many weeks the word at {@code at} counts: 1 for "week(s)", 2 for "fortnight(s)", else 0. */
    private static int weeksIn(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return 0;
        }
        Token word = tokens.get(at);
        return word.is("week", "weeks", "wk", "wks") ? 1 : word.is("fortnight", "fortnights") ? 2 : 0;
    }

    private static Optional<DayReader.DayMatch> match(DaySpec spec, int end) {
        return Optional.of(new DayReader.DayMatch(spec, end));
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
