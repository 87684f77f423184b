package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The names of days and months, and the small words that surround a deadline. */
final class Lexicon {

    /** Words that introduce a deadline and are not part of the task. */
    static final Set<String> LEADS = Set.of("by", "before", "on", "at", "@", "due", "until", "till", "til", "b4");

    /** Words after a deadline that belong to it ("by Friday at the latest"). */
    static final Set<String> EMPHASIS = Set.of("latest", "tops", "max", "sharp");

    /** Politeness after a deadline that belongs to neither the deadline nor the task. */
    static final Set<String> COURTESY = Set.of("please", "pls", "plz", "thanks", "thx", "ty");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("weds", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY),
            Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("january", Month.JANUARY),
            Map.entry("jan", Month.JANUARY),
            Map.entry("february", Month.FEBRUARY),
            Map.entry("feb", Month.FEBRUARY),
            Map.entry("march", Month.MARCH),
            Map.entry("mar", Month.MARCH),
            Map.entry("april", Month.APRIL),
            Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("june", Month.JUNE),
            Map.entry("jun", Month.JUNE),
            Map.entry("july", Month.JULY),
            Map.entry("jul", Month.JULY),
            Map.entry("august", Month.AUGUST),
            Map.entry("aug", Month.AUGUST),
            Map.entry("september", Month.SEPTEMBER),
            Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER),
            Map.entry("oct", Month.OCTOBER),
            Map.entry("november", Month.NOVEMBER),
            Map.entry("nov", Month.NOVEMBER),
            Map.entry("december", Month.DECEMBER),
            Map.entry("dec", Month.DECEMBER));

    private Lexicon() {}

    /** Where a deadline ending at {@code end} really ends: "at the latest", "at latest", "latest", "sharp" stay with it. */
    static int emphasisEnd(List<Token> tokens, int end) {
        if (is(tokens, end, "at") && is(tokens, end + 1, "the") && is(tokens, end + 2, "latest")) {
            return end + 3;
        }
        if (is(tokens, end, "at") && is(tokens, end + 1, "latest")) {
            return end + 2;
        }
        return end < tokens.size() && EMPHASIS.contains(tokens.get(end).norm()) ? end + 1 : end;
    }

    private static boolean is(List<Token> tokens, int at, String word) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(word);
    }

    static Optional<DayOfWeek> weekday(String norm) {
        return Optional.ofNullable(WEEKDAYS.get(norm));
    }

    static Optional<Month> month(String norm) {
        return Optional.ofNullable(MONTHS.get(norm));
    }
}
