package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the words that make a promise recurring: "every Friday", "each Monday", "every other
 * Tuesday", "every weekday", "weekly on Fridays", "every month on the 15th", "on the first Monday
 * of every month", "every last Friday of the month", "every quarter end". "Every" that is no
 * schedule ("every slide") is left to the task; one that sounds like a schedule but names no days
 * ("every now and then", "every week") is refused with what to say instead.
 */
final class RecurrenceReader {

    /** Where the recurrence words are, and the rule they name or why they name none. */
    record Found(int from, int to, Optional<Recurrence> rule, Optional<String> refusal) {

        static Found rule(int from, int to, Recurrence rule) {
            return new Found(from, to, Optional.of(rule), Optional.empty());
        }

        static Found refused(int from, int to, String reason) {
            return new Found(from, to, Optional.empty(), Optional.of(reason));
        }
    }

    static final String EXAMPLES =
            "like \"every Friday\", \"every other Tuesday at 10\" or \"on the first Monday of every month\"";

    /** Words after "every" that sound like a schedule and name no days; the number is how many words to quote. */
    private static final Map<String, Integer> VAGUE = Map.ofEntries(
            Map.entry("now", 3),
            Map.entry("so", 2),
            Map.entry("once", 4),
            Map.entry("time", 1),
            Map.entry("while", 1),
            Map.entry("few", 2),
            Map.entry("couple", 3),
            Map.entry("hour", 1),
            Map.entry("minute", 1),
            Map.entry("morning", 1),
            Map.entry("afternoon", 1),
            Map.entry("evening", 1),
            Map.entry("night", 1),
            Map.entry("year", 1),
            Map.entry("fortnight", 1),
            Map.entry("sprint", 1),
            Map.entry("other", 2));

    private static final Set<String> EVERY = Set.of("every", "each");
    private static final Set<String> WORKDAY = Set.of("weekday", "weekdays", "workday", "workdays");
    private static final Pattern NUMBERED_DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern COUNT = Pattern.compile("\\d+");
    private static final List<String> WEEK_ORDINALS = List.of("first", "second", "third", "fourth");
    private static final List<String> WEEK_ORDINALS_NUMBERED = List.of("1st", "2nd", "3rd", "4th");

    private final List<Token> tokens;
    private final Set<DayOfWeek> workingDays;

    RecurrenceReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        var days = moment.hours().days();
        this.workingDays = days.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : Set.copyOf(days);
    }

    /** The first recurrence in the text, if any. */
    Optional<Found> find() {
        return find(0);
    }

    /** The first recurrence starting at or after {@code from}. */
    Optional<Found> find(int from) {
        for (int at = from; at < tokens.size(); at++) {
            var found = readAt(at);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Found> readAt(int at) {
        if (is(at, EVERY)) {
            return afterEvery(at);
        }
        if (is(at, "weekly") && is(at + 1, "on")) {
            return weekdays(at + 2).map(days -> Found.rule(at, days.end(), new Recurrence.Weekly(days.days(), 1)));
        }
        if (is(at, "monthly") && is(at + 1, "on")) {
            return monthly(at, at + 2);
        }
        // "on the first Monday of every month", "on the 15th of every month", "the last Friday of each month"
        int the = is(at, "on") ? at + 1 : at;
        if (is(the, "the")) {
            return ofEveryMonth(at, the + 1);
        }
        // "at the end of every quarter", "end of each month"
        int end = is(at, "at") && is(at + 1, "the") ? at + 2 : is(at, "the") ? at + 1 : at;
        if (is(end, "end") && is(end + 1, "of") && is(end + 2, EVERY)) {
            return periodEnd(end + 3).map(rule -> Found.rule(at, end + 4, rule));
        }
        return Optional.empty();
    }

    private Optional<Found> afterEvery(int at) {
        int next = at + 1;
        if (next >= tokens.size()) {
            return Optional.empty();
        }
        // "every first Monday of the month", "every last Friday of the month"
        var ordinalWeekday = ordinalWeekdayOfTheMonth(next);
        if (ordinalWeekday.isPresent()) {
            return ordinalWeekday.map(
                    found -> Found.rule(at, found.to(), found.rule().orElseThrow()));
        }
        boolean other = is(next, "other", "second", "alternate");
        int daysAt = other ? next + 1 : next;
        var days = weekdays(daysAt);
        if (days.isPresent()) {
            return days.map(read -> Found.rule(at, read.end(), new Recurrence.Weekly(read.days(), other ? 2 : 1)));
        }
        if (is(daysAt, WORKDAY) || (is(daysAt, "working", "business") && is(daysAt + 1, "day", "days"))) {
            int end = is(daysAt, WORKDAY) ? daysAt + 1 : daysAt + 2;
            return Optional.of(Found.rule(at, end, new Recurrence.Weekly(workingDays, other ? 2 : 1)));
        }
        if (!other && is(next, "day")) {
            return Optional.of(Found.rule(at, next + 1, new Recurrence.Weekly(EnumSet.allOf(DayOfWeek.class), 1)));
        }
        if (!other && is(next, "week")) {
            if (is(next + 1, "on")) {
                var onDays = weekdays(next + 2);
                if (onDays.isPresent()) {
                    return Optional.of(Found.rule(
                            at,
                            onDays.get().end(),
                            new Recurrence.Weekly(onDays.get().days(), 1)));
                }
            }
            return Optional.of(noDays(at, next + 1, "Say which day of the week, like \"every Friday\"."));
        }
        if (!other && is(next, "month")) {
            if (is(next + 1, "end")) {
                return Optional.of(Found.rule(at, next + 2, new Recurrence.PeriodEnd(false, workingDays)));
            }
            if (is(next + 1, "on")) {
                var monthly = monthly(at, next + 2);
                if (monthly.isPresent()) {
                    return monthly;
                }
            }
            return Optional.of(noDays(at, next + 1, "Say which day of the month, like \"every month on the 15th\"."));
        }
        if (!other && (is(next, "quarter") || is(next, "quarter-end", "month-end"))) {
            if (is(next, "quarter-end", "month-end")) {
                return Optional.of(
                        Found.rule(at, next + 1, new Recurrence.PeriodEnd(is(next, "quarter-end"), workingDays)));
            }
            if (is(next + 1, "end")) {
                return Optional.of(Found.rule(at, next + 2, new Recurrence.PeriodEnd(true, workingDays)));
            }
            return Optional.of(noDays(at, next + 1, "Say when in the quarter, like \"every quarter end\"."));
        }
        var vague = vagueLength(next, other);
        if (vague > 0) {
            int to = Math.min(tokens.size(), at + 1 + vague);
            return Optional.of(Found.refused(
                    at,
                    to,
                    "\"" + quote(at, to) + "\" isn't a schedule I can keep. Say which days, " + EXAMPLES + "."));
        }
        return Optional.empty();
    }

    /** How many words after "every" to quote when they sound like a schedule but name no days; 0 if they don't. */
    private int vagueLength(int next, boolean other) {
        if (other) {
            // "every other day", "every other week": no weekday named
            return is(next + 1, "day", "week", "month", "one", "time") ? 2 : 0;
        }
        if (COUNT.matcher(tokens.get(next).norm()).matches() || isNumberWord(next)) {
            return is(next + 1, "days", "weeks", "months", "hours", "minutes", "years") ? 2 : 0;
        }
        var norm = tokens.get(next).norm();
        return VAGUE.getOrDefault(norm, 0);
    }

    private boolean isNumberWord(int at) {
        return is(at, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    }

    private Found noDays(int from, int to, String instead) {
        return Found.refused(from, to, "\"" + quote(from, to) + "\" doesn't say when each one is due. " + instead);
    }

    /** "on the 15th", "on the first Monday": what follows "every month on" or "monthly on". */
    private Optional<Found> monthly(int from, int at) {
        int the = is(at, "the") ? at + 1 : at;
        var ordinalWeekday = ordinalWeekday(the);
        if (ordinalWeekday.isPresent()) {
            return Optional.of(Found.rule(from, the + 2, ordinalWeekday.get()));
        }
        return dayOfMonth(the).map(day -> Found.rule(from, day.end(), new Recurrence.MonthDay(day.day())));
    }

    /** "first Monday of every month" from {@code at}, once "on the" was read from {@code from}. */
    private Optional<Found> ofEveryMonth(int from, int at) {
        var ordinalWeekday = ordinalWeekday(at);
        int afterDay;
        Recurrence rule;
        if (ordinalWeekday.isPresent()) {
            rule = ordinalWeekday.get();
            afterDay = at + 2;
        } else {
            var day = dayOfMonth(at);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            rule = new Recurrence.MonthDay(day.get().day());
            afterDay = day.get().end();
        }
        if (is(afterDay, "of") && is(afterDay + 1, EVERY) && is(afterDay + 2, "month")) {
            return Optional.of(Found.rule(from, afterDay + 3, rule));
        }
        return Optional.empty();
    }

    /** After "every": "first Monday of the month", "last Friday of each month". */
    private Optional<Found> ordinalWeekdayOfTheMonth(int at) {
        var rule = ordinalWeekday(at);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        int of = at + 2;
        if (is(of, "of") && is(of + 1, "the", "each", "every") && is(of + 2, "month")) {
            return Optional.of(Found.rule(at, of + 3, rule.get()));
        }
        return Optional.empty();
    }

    /** "first Monday", "2nd Tuesday", "last Friday" at {@code at}: two words. */
    private Optional<Recurrence> ordinalWeekday(int at) {
        if (at + 1 >= tokens.size()) {
            return Optional.empty();
        }
        var word = tokens.get(at).norm();
        int which = word.equals("last")
                ? -1
                : Math.max(WEEK_ORDINALS.indexOf(word), WEEK_ORDINALS_NUMBERED.indexOf(word)) + 1;
        var day = weekday(at + 1);
        if (which == 0 || day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Recurrence.MonthWeekday(which, day.get()));
    }

    private record Day(int day, int end) {}

    /** "15th", "1st", "15", "fifteenth", "twenty-first": a day of the month. */
    private Optional<Day> dayOfMonth(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        var numbered = NUMBERED_DAY.matcher(tokens.get(at).norm());
        if (numbered.matches()) {
            int day = Integer.parseInt(numbered.group(1));
            return day >= 1 && day <= 31 ? Optional.of(new Day(day, at + 1)) : Optional.empty();
        }
        // "the thirty-second" is no day of any month: left to the deadline's own reading, which says so.
        return OrdinalWords.read(tokens, at)
                .filter(ordinal -> ordinal.day() >= 1 && ordinal.day() <= 31)
                .map(ordinal -> new Day(ordinal.day(), ordinal.end()));
    }

    /** "month", "quarter" after "end of every", as a period's end. */
    private Optional<Recurrence> periodEnd(int at) {
        if (is(at, "month")) {
            return Optional.of(new Recurrence.PeriodEnd(false, workingDays));
        }
        if (is(at, "quarter")) {
            return Optional.of(new Recurrence.PeriodEnd(true, workingDays));
        }
        return Optional.empty();
    }

    private record Days(Set<DayOfWeek> days, int end) {}

    /** "Friday", "Fridays", "Monday and Thursday", "Mon, Wed and Fri". */
    private Optional<Days> weekdays(int at) {
        var first = weekday(at);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        var days = EnumSet.of(first.get());
        int end = at + 1;
        while (true) {
            int next = is(end, "and", "&", "or") ? end + 1 : end;
            var more = weekday(next);
            // "Monday, Thursday": the comma was stripped from "Monday," so the next word is a day.
            if (more.isEmpty()) {
                break;
            }
            days.add(more.get());
            end = next + 1;
        }
        return Optional.of(new Days(days, end));
    }

    private Optional<DayOfWeek> weekday(int at) {
        if (at < 0 || at >= tokens.size()) {
            return Optional.empty();
        }
        var norm = tokens.get(at).norm();
        var day = Lexicon.weekday(norm);
        if (day.isEmpty() && norm.length() > 3 && norm.endsWith("s")) {
            day = Lexicon.weekday(norm.substring(0, norm.length() - 1));
        }
        return day;
    }

    private String quote(int from, int to) {
        var words = new StringBuilder();
        for (int at = from; at < to; at++) {
            words.append(at == from ? "" : " ").append(tokens.get(at).bare());
        }
        return words.toString().replace("\"", "");
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }

    private boolean is(int at, Set<String> words) {
        return at >= 0 && at < tokens.size() && words.contains(tokens.get(at).norm());
    }
}
