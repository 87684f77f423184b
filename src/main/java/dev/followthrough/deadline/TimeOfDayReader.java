package dev.followthrough.deadline;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

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

    private final List<Token> tokens;
    private final Moment moment;
    private final DialReader dial;

    TimeOfDayReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
        this.dial = new DialReader(tokens, moment);
    }

    Optional<TimeMatch> read(int at) {
        boolean introduced = is(at, "at", "@", "around");
        int start = introduced ? at + 1 : at;
        // "by 3" reads a bare hour too; a bare number elsewhere ("send 3 reports") is not a time.
        boolean hourExpected = introduced || is(at - 1, "by", "before", "until", "till", "due", "at");
        Optional<TimeMatch> match =
                partOfDayFirst(start).or(() -> named(start)).or(() -> onTheDial(start, hourExpected));
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
        return dial.read(next, true)
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
        if (part.isPresent() && part.get().today()) {
            String name = part.get().name();
            return Optional.of(stillGoing(name)
                    .map(time -> new TimeMatch(time, part.get().end(), true))
                    .orElseGet(() -> TimeMatch.refused(
                            Wording.partOfDayOver(name, moment), part.get().end())));
        }
        if (part.isPresent()) {
            return Optional.of(
                    new TimeMatch(partOfDay(part.get().name()), part.get().end(), false));
        }
        if (is(at, "first", "1st") && is(at + 1, "thing")) {
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

    /**
     * "this afternoon" said at 3pm: the afternoon's usual hour has passed but the afternoon hasn't,
     * so it means by the afternoon's end (noon, 6pm, midnight), as "tonight" does after 8pm; once
     * the part of day is over there is nothing left to mean.
     */
    private Optional<ClockTime> stillGoing(String name) {
        ClockTime usual = partOfDay(name);
        if (aheadToday(usual)) {
            return Optional.of(usual);
        }
        ClockTime end = switch (name) {
            case "morning" -> ClockTime.of(LocalTime.NOON);
            case "afternoon" -> ClockTime.of(LocalTime.of(18, 0));
            default -> ClockTime.ofMidnight();
        };
        return aheadToday(end) ? Optional.of(end) : Optional.empty();
    }

    private boolean aheadToday(ClockTime time) {
        return moment.isAhead(time.on(moment.today(), moment));
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
    private Optional<TimeMatch> onTheDial(int at, boolean expected) {
        return dial.read(at, expected)
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

    private boolean startsWithDigit(int at) {
        return at >= 0 && at < tokens.size() && tokens.get(at).startsWithDigit();
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
