package dev.followthrough.deadline;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time of day: "2pm", "2:30 pm", "14:00", "0930", "14h", "noon", "at 2", "half past two",
 * "at three thirty", "this afternoon at 1", "morning", "EOD"; and refuses one no clock shows
 * ("25:00", "14pm").
 */
final class TimeOfDayReader {

    /**
     * Read from the tokens: where the time ends, whether it names today itself ("tonight"), whether
     * it is a bare hour a part of day may still place ("at 8" before "tomorrow morning"), and why it
     * is refused when it is no time at all.
     */
    record TimeMatch(ClockTime time, int end, boolean today, boolean bare, Optional<String> refusal) {
        TimeMatch(ClockTime time, int end, boolean today) {
            this(time, end, today, false, Optional.empty());
        }

        static TimeMatch refused(String reason, int end) {
            return new TimeMatch(ClockTime.ofMidnight(), end, false, false, Optional.of(reason));
        }

        private TimeMatch endingAt(int newEnd) {
            return new TimeMatch(time, newEnd, today, bare, refusal);
        }
    }

    /** Where and when a part of day was named: "this afternoon", "tonight", "in the morning". */
    private record PartOfDay(String name, int end, boolean today) {}

    private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(am|pm|a|p)");
    private static final Pattern HOUR_AND_MINUTES = Pattern.compile("(\\d{1,2})(?:([:.])(\\d{2}))?");
    private static final Pattern FRENCH_STYLE = Pattern.compile("(\\d{1,2})h(\\d{2})?");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(\\d{2})(\\d{2})(hrs|hr|h|hours)?");

    private static final String[] HOURS_SUFFIX = {"hrs", "hr", "h", "hours"};

    private final List<Token> tokens;
    private final Moment moment;
    private final SpokenTimeReader spoken;

    TimeOfDayReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
        this.spoken = new SpokenTimeReader(tokens);
    }

    Optional<TimeMatch> read(int at) {
        boolean introduced = is(at, "at", "@", "around");
        int start = introduced ? at + 1 : at;
        // "by 3" reads a bare hour too; a bare number elsewhere ("send 3 reports") is not a time.
        boolean hourExpected = introduced || is(at - 1, "by", "before", "until", "till", "due", "at");
        Optional<TimeMatch> match = partOfDayFirst(start).or(() -> named(start)).or(() -> dial(start, hourExpected));
        return match.map(this::withEmphasis);
    }

    /** A bare hour followed by the part of day after a day word: "at 8 tomorrow morning". */
    Optional<TimeMatch> placedBy(TimeMatch bare, int at) {
        return bare.bare() ? partOfDayAfter(bare, at, true) : Optional.empty();
    }

    private TimeMatch withEmphasis(TimeMatch match) {
        return is(match.end(), "sharp") ? match.endingAt(match.end() + 1) : match;
    }

    /** "this afternoon at 1", "tonight at 9", "tomorrow morning at 8": the part of day picks the hour's half. */
    private Optional<TimeMatch> partOfDayFirst(int at) {
        Optional<PartOfDay> found = partOfDay(at, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PartOfDay part = found.get();
        int next = is(part.end(), "at", "@", "around", "by") ? part.end() + 1 : part.end();
        boolean connected = next > part.end();
        if (!connected && !startsWithDigit(next)) {
            return Optional.empty();
        }
        if (is(next, "midnight") && !part.name().equals("morning")) {
            return Optional.of(new TimeMatch(ClockTime.ofMidnight(), next + 1, part.today()));
        }
        return spokenTime(next, true)
                .or(() -> numeric(next, true))
                // "morning 3 reports" is no time: without "at", only a full time counts ("tonight 9pm").
                .filter(time -> connected || !time.bare())
                .map(time -> time.refusal().isPresent()
                        ? time
                        : new TimeMatch(
                                time.bare() ? inHalf(time.time().time(), part.name()) : time.time(),
                                time.end(),
                                part.today()));
    }

    private Optional<TimeMatch> named(int at) {
        if (is(at, "midnight") && is(at + 1, "tonight", "tonite")) {
            return Optional.of(new TimeMatch(ClockTime.ofMidnight(), at + 2, true));
        }
        if (is(at, "tonight", "tonite")) {
            // Said after 8pm, "tonight" still has until midnight.
            LocalTime evening = LocalTime.of(20, 0);
            boolean late = !moment.now().toLocalTime().isBefore(evening);
            return Optional.of(new TimeMatch(late ? ClockTime.ofMidnight() : ClockTime.of(evening), at + 1, true));
        }
        Optional<PartOfDay> part = partOfDay(at, true);
        if (part.isPresent()) {
            return Optional.of(new TimeMatch(
                    partOfDay(part.get().name()), part.get().end(), part.get().today()));
        }
        if (is(at, "first") && is(at + 1, "thing")) {
            int end = is(at + 2, "in") && is(at + 3, "the") && is(at + 4, "morning") ? at + 5 : at + 2;
            return Optional.of(new TimeMatch(ClockTime.of(moment.hours().start()), end, false));
        }
        if (is(at, "noon", "midday", "lunch", "lunchtime")) {
            return Optional.of(new TimeMatch(ClockTime.of(LocalTime.NOON), at + 1, false));
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

    /** "this morning" and "tonight" name today; "in the morning", "at night" and (after a day) "morning" don't. */
    private Optional<PartOfDay> partOfDay(int at, boolean bareWord) {
        if (is(at, "this") && is(at + 1, "morning", "afternoon", "evening")) {
            return Optional.of(new PartOfDay(tokens.get(at + 1).norm(), at + 2, true));
        }
        if (is(at, "tonight", "tonite")) {
            return Optional.of(new PartOfDay("evening", at + 1, true));
        }
        if (is(at, "in") && is(at + 1, "the") && is(at + 2, "morning", "afternoon", "evening")) {
            return Optional.of(new PartOfDay(tokens.get(at + 2).norm(), at + 3, false));
        }
        if (is(at, "at") && is(at + 1, "night")) {
            return Optional.of(new PartOfDay("night", at + 2, false));
        }
        if (bareWord && is(at, "morning", "afternoon", "evening", "night")) {
            return Optional.of(new PartOfDay(tokens.get(at).norm(), at + 1, false));
        }
        return Optional.empty();
    }

    private static ClockTime partOfDay(String name) {
        return switch (name) {
            case "morning" -> ClockTime.of(LocalTime.of(9, 0));
            case "afternoon" -> ClockTime.of(LocalTime.of(14, 0));
            case "evening" -> ClockTime.of(LocalTime.of(18, 0));
            default -> ClockTime.of(LocalTime.of(20, 0));
        };
    }

    /** A bare hour in the half of the day its part names: 8 in the morning, 1 in the afternoon, 9 at night. */
    private static ClockTime inHalf(LocalTime bare, String part) {
        int hour = bare.getHour() % 12;
        int minute = bare.getMinute();
        if (part.equals("morning")) {
            return ClockTime.of(LocalTime.of(hour, minute));
        }
        if (!part.equals("afternoon") && hour == 0 && minute == 0) {
            return ClockTime.ofMidnight();
        }
        return ClockTime.of(LocalTime.of(hour + 12, minute));
    }

    /** A time read from a dial (digits or words), then placed by am/pm or a part of day after it. */
    private Optional<TimeMatch> dial(int at, boolean expected) {
        // Spoken first: "10 past 4" is not 10 o'clock.
        return spokenTime(at, expected)
                .or(() -> numeric(at, expected))
                .map(match -> partOfDayAfter(match, match.end(), false).orElse(match));
    }

    /** "at 3 in the afternoon", "at 9 tonight", "12 noon": where a bare hour's part of day follows it. */
    private Optional<TimeMatch> partOfDayAfter(TimeMatch match, int at, boolean bareWord) {
        if (!match.bare()) {
            return Optional.empty();
        }
        LocalTime time = match.time().time();
        if (time.equals(LocalTime.NOON) && is(at, "noon", "midday")) {
            return Optional.of(new TimeMatch(ClockTime.of(LocalTime.NOON), at + 1, false));
        }
        if (time.getHour() % 12 == 0 && time.getMinute() == 0 && is(at, "midnight")) {
            return Optional.of(new TimeMatch(ClockTime.ofMidnight(), at + 1, false));
        }
        return partOfDay(at, bareWord).map(part -> new TimeMatch(inHalf(time, part.name()), part.end(), part.today()));
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
        int end = is(at + 1, "o'clock", "oclock") ? at + 2 : at + 1;
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
        return at >= 0
                && at < tokens.size()
                && !tokens.get(at).norm().isEmpty()
                && Character.isDigit(tokens.get(at).norm().charAt(0));
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
