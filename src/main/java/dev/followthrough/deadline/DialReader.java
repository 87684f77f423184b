package dev.followthrough.deadline;

import dev.followthrough.deadline.TimeOfDayReader.TimeMatch;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time off the clock face, in digits ("2pm", "14:00", "0930", "2.30") or words ("half past
 * two", "at three thirty"): a bare hour goes by working hours, and a time no clock shows ("25:00",
 * "14pm") comes back refused with what to type instead.
 */
final class DialReader {

    private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(am|pm|a|p)");
    private static final Pattern HOUR_AND_MINUTES = Pattern.compile("(\\d{1,2})(?:([:.])(\\d{2})(hrs|hr|h)?)?");
    private static final Pattern FRENCH_STYLE = Pattern.compile("(\\d{1,2})h(\\d{2})?");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(\\d{2})(\\d{2})(hrs|hr|h|hours)?");

    private static final String[] HOURS_SUFFIX = {"hrs", "hr", "h", "hours"};

    private final List<Token> tokens;
    private final Moment moment;
    private final SpokenTimeReader spoken;

    DialReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
        this.spoken = new SpokenTimeReader(tokens);
    }

    /** {@code expected}: introduced by "at", "by"…, so a bare hour counts ("by 3", "at two"). */
    Optional<TimeMatch> read(int at, boolean expected) {
        // Spoken first: "10 past 4" is not 10 o'clock.
        return spokenTime(at, expected).or(() -> numeric(at, expected));
    }

    private Optional<TimeMatch> spokenTime(int at, boolean expected) {
        return spoken.read(at, expected).flatMap(said -> {
            if (said.meridiem().isPresent()) {
                return twelveHour(said.hour(), said.minute(), said.meridiem().get(), said.end(), typed(at, said.end()));
            }
            if (is(said.end(), "am", "pm")) {
                String meridiem = tokens.get(said.end()).norm();
                return twelveHour(said.hour(), said.minute(), meridiem, said.end() + 1, typed(at, said.end() + 1));
            }
            return Optional.of(bare(said.hour(), said.minute(), said.end()));
        });
    }

    private Optional<TimeMatch> numeric(int at, boolean expected) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(at).norm();
        Matcher twelve = TWELVE_HOUR.matcher(word);
        if (twelve.matches()) {
            String meridiem = twelve.group(3);
            Optional<TimeMatch> read =
                    twelveHour(number(twelve.group(1)), number(twelve.group(2)), meridiem, at + 1, typed(at, at + 1));
            // "14p" or "3a" may be a code, not a time: only "am"/"pm" earn a refusal.
            return meridiem.length() == 1 ? read.filter(match -> match.refusal().isEmpty()) : read;
        }
        Matcher french = FRENCH_STYLE.matcher(word);
        if (french.matches()) {
            return clock(number(french.group(1)), number(french.group(2)), at + 1);
        }
        Matcher four = FOUR_DIGITS.matcher(word);
        if (four.matches()) {
            return fourDigits(at, four, expected);
        }
        Matcher plain = HOUR_AND_MINUTES.matcher(word);
        if (!plain.matches()) {
            return Optional.empty();
        }
        boolean dotted = ".".equals(plain.group(2));
        int hour = number(plain.group(1));
        int minute = number(plain.group(3));
        if (is(at + 1, "am", "pm")) {
            return twelveHour(hour, minute, tokens.get(at + 1).norm(), at + 2, typed(at, at + 2));
        }
        boolean monthFirst = DateOrder.of(moment.context().locale()) == DateOrder.MONTH_FIRST;
        if (dotted && (hour > 23 || minute > 59 || (!expected && monthFirst))) {
            // "2.75" is a decimal; en-US writes "2.30" for a time only after "at" or "by".
            return Optional.empty();
        }
        boolean hasMinutes = plain.group(3) != null;
        if (!expected && !hasMinutes && !is(at + 1, "o'clock", "oclock")) {
            return Optional.empty();
        }
        boolean suffixed = plain.group(4) != null || (hasMinutes && is(at + 1, HOURS_SUFFIX));
        if (dotted && suffixed) {
            // "2.30 hrs" is a length of time, not a time of day.
            return Optional.empty();
        }
        int end = is(at + 1, "o'clock", "oclock") || (plain.group(4) == null && suffixed) ? at + 2 : at + 1;
        if (hasMinutes && (hour > 24 || minute > 59 || (hour == 24 && minute > 0))) {
            return Optional.of(TimeMatch.refused(Wording.noSuchTime(typed(at, at + 1)), end));
        }
        if (hour == 24) {
            return Optional.of(new TimeMatch(ClockTime.ofMidnight(), end, false));
        }
        if (hour == 0 || hour > 12 || plain.group(1).startsWith("0")) {
            return clock(hour, minute, end);
        }
        return Optional.of(bare(hour, minute, end));
    }

    /** "0930", "by 1400", "1730hrs"; "by 2027" is a year, and "0207 946 0000" a phone number. */
    private Optional<TimeMatch> fourDigits(int at, Matcher four, boolean expected) {
        int hour = number(four.group(1));
        int minute = number(four.group(2));
        boolean suffixed = four.group(3) != null || is(at + 1, HOURS_SUFFIX);
        int end = four.group(3) == null && is(at + 1, HOURS_SUFFIX) ? at + 2 : at + 1;
        boolean leadingZero = four.group(1).startsWith("0");
        if (!suffixed && !leadingZero && !expected) {
            return Optional.empty();
        }
        if (!suffixed && hour == 20 && is(at - 1, "by", "in", "before", "until", "till", "due")) {
            return Optional.empty();
        }
        if (startsWithDigit(end) || startsWithDigit(at - 1) || (hour == 24 && minute > 0) || hour > 24 || minute > 59) {
            return Optional.empty();
        }
        ClockTime time = hour == 24 ? ClockTime.ofMidnight() : ClockTime.of(LocalTime.of(hour, minute));
        return Optional.of(new TimeMatch(time, end, false));
    }

    private Optional<TimeMatch> twelveHour(int hour, int minute, String meridiem, int end, String typed) {
        if (hour > 23 || minute > 59) {
            return Optional.of(TimeMatch.refused(Wording.noSuchTime(typed), end));
        }
        if (hour < 1 || hour > 12) {
            return Optional.of(TimeMatch.refused(Wording.mixedClock(typed, LocalTime.of(hour, minute)), end));
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

    private TimeMatch bare(int hour, int minute, int end) {
        return new TimeMatch(bareHour(hour, minute), end, false, true, Optional.empty());
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

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** The words as typed, for a refusal to quote. */
    private String typed(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int at = from; at < to && at < tokens.size(); at++) {
            text.append(at > from ? " " : "").append(tokens.get(at).bare());
        }
        return text.toString();
    }

    private boolean startsWithDigit(int at) {
        return at >= 0 && at < tokens.size() && tokens.get(at).startsWithDigit();
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
