package dev.followthrough.deadline;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time of day: "2pm", "2:30 pm", "14:00", "14h", "noon", "at 2", "morning", "EOD". */
final class TimeOfDayReader {

    /** Read from the tokens: where the time ends and whether it names today itself ("tonight"). */
    record TimeMatch(ClockTime time, int end, boolean today) {}

    private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(am|pm|a|p)");
    private static final Pattern HOUR_AND_MINUTES = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");
    private static final Pattern FRENCH_STYLE = Pattern.compile("(\\d{1,2})h(\\d{2})?");

    private final List<Token> tokens;
    private final Moment moment;

    TimeOfDayReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
    }

    Optional<TimeMatch> read(int at) {
        boolean introduced = is(at, "at", "@", "around");
        int start = introduced ? at + 1 : at;
        // "by 3" reads a bare hour too; a bare number elsewhere ("send 3 reports") is not a time.
        boolean hourExpected = introduced || is(at - 1, "by", "before", "until", "till", "due", "at");
        Optional<TimeMatch> match = named(start).or(() -> numeric(start, hourExpected));
        return match.map(this::withEmphasis);
    }

    private TimeMatch withEmphasis(TimeMatch match) {
        return is(match.end(), "sharp") ? new TimeMatch(match.time(), match.end() + 1, match.today()) : match;
    }

    private Optional<TimeMatch> named(int at) {
        if (is(at, "this") && is(at + 1, "morning", "afternoon", "evening")) {
            return Optional.of(new TimeMatch(partOfDay(tokens.get(at + 1)), at + 2, true));
        }
        if (is(at, "tonight", "tonite")) {
            return Optional.of(new TimeMatch(ClockTime.of(LocalTime.of(20, 0)), at + 1, true));
        }
        if (is(at, "in") && is(at + 1, "the") && is(at + 2, "morning", "afternoon", "evening")) {
            return Optional.of(new TimeMatch(partOfDay(tokens.get(at + 2)), at + 3, false));
        }
        if (is(at, "first") && is(at + 1, "thing")) {
            int end = is(at + 2, "in") && is(at + 3, "the") && is(at + 4, "morning") ? at + 5 : at + 2;
            return Optional.of(new TimeMatch(ClockTime.of(moment.hours().start()), end, false));
        }
        if (is(at, "morning", "afternoon", "evening", "night", "noon", "midday", "lunch", "lunchtime")) {
            return Optional.of(new TimeMatch(partOfDay(tokens.get(at)), at + 1, false));
        }
        if (is(at, "midnight")) {
            return Optional.of(new TimeMatch(ClockTime.ofMidnight(), at + 1, false));
        }
        return endOfDay(at)
                .map(end -> new TimeMatch(ClockTime.ofEndOfDay(moment.hours().endOfDay()), end, false));
    }

    /** "EOD", "COB", "end of (the) (business) day", "close of business": where the words end. */
    Optional<Integer> endOfDay(int from) {
        int at = is(from, "the") ? from + 1 : from;
        if (is(at, "eod", "cob", "eob", "end-of-day")) {
            return Optional.of(at + 1);
        }
        if (is(at, "end", "close") && is(at + 1, "of")) {
            int next = is(at + 2, "the") ? at + 3 : at + 2;
            if (is(next, "business") && is(next + 1, "day")) {
                return Optional.of(next + 2);
            }
            if (is(next, "day", "business", "play")) {
                return Optional.of(next + 1);
            }
        }
        return Optional.empty();
    }

    private static ClockTime partOfDay(Token word) {
        return switch (word.norm()) {
            case "morning" -> ClockTime.of(LocalTime.of(9, 0));
            case "afternoon" -> ClockTime.of(LocalTime.of(14, 0));
            case "evening" -> ClockTime.of(LocalTime.of(18, 0));
            case "noon", "midday", "lunch", "lunchtime" -> ClockTime.of(LocalTime.NOON);
            default -> ClockTime.of(LocalTime.of(20, 0));
        };
    }

    private Optional<TimeMatch> numeric(int at, boolean introduced) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(at).norm();
        Matcher twelve = TWELVE_HOUR.matcher(word);
        if (twelve.matches()) {
            return twelveHour(twelve.group(1), twelve.group(2), twelve.group(3), at + 1);
        }
        Matcher french = FRENCH_STYLE.matcher(word);
        if (french.matches()) {
            return clock(Integer.parseInt(french.group(1)), minutes(french.group(2)), at + 1);
        }
        Matcher plain = HOUR_AND_MINUTES.matcher(word);
        if (!plain.matches()) {
            return Optional.empty();
        }
        if (is(at + 1, "am", "pm")) {
            return twelveHour(plain.group(1), plain.group(2), tokens.get(at + 1).norm(), at + 2);
        }
        int hour = Integer.parseInt(plain.group(1));
        int minute = minutes(plain.group(2));
        boolean hasMinutes = plain.group(2) != null;
        if (!introduced && !hasMinutes) {
            return Optional.empty();
        }
        int end = is(at + 1, "o'clock", "oclock") ? at + 2 : at + 1;
        if (hour == 0 || hour > 12 || plain.group(1).startsWith("0")) {
            return clock(hour, minute, end);
        }
        return minute > 59 ? Optional.empty() : Optional.of(new TimeMatch(bareHour(hour, minute), end, false));
    }

    private Optional<TimeMatch> twelveHour(String hourText, String minuteText, String meridiem, int end) {
        int hour = Integer.parseInt(hourText);
        int minute = minutes(minuteText);
        if (hour < 1 || hour > 12 || minute > 59) {
            return Optional.empty();
        }
        int twentyFour = hour % 12 + (meridiem.startsWith("p") ? 12 : 0);
        return Optional.of(new TimeMatch(ClockTime.of(LocalTime.of(twentyFour, minute)), end, false));
    }

    private static Optional<TimeMatch> clock(int hour, int minute, int end) {
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(new TimeMatch(ClockTime.of(LocalTime.of(hour, minute)), end, false));
    }

    /** "at 2" means the 2 o'clock inside working hours (14:00), or the one nearest to them. */
    private ClockTime bareHour(int hour, int minute) {
        LocalTime morning = LocalTime.of(hour % 12, minute);
        LocalTime afternoon = LocalTime.of(hour % 12 + 12, minute);
        WorkingHours hours = moment.hours();
        if (inside(morning, hours)) {
            return ClockTime.of(morning);
        }
        if (inside(afternoon, hours)) {
            return ClockTime.of(afternoon);
        }
        long beforeStart = java.time.Duration.between(morning, hours.start()).toMinutes();
        long afterEnd = java.time.Duration.between(hours.end(), afternoon).toMinutes();
        return ClockTime.of(beforeStart >= 0 && beforeStart <= afterEnd ? morning : afternoon);
    }

    private static boolean inside(LocalTime time, WorkingHours hours) {
        return !time.isBefore(hours.start()) && !time.isAfter(hours.end());
    }

    private static int minutes(String text) {
        return text == null ? 0 : Integer.parseInt(text);
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
