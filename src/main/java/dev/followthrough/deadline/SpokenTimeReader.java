package dev.followthrough.deadline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time said the way people speak it: "half past two", "quarter to 5", "ten to six",
 * en-GB "half five", "three thirty", "two o'clock". The hour is on the twelve-hour dial; placing
 * it in the morning or the afternoon is left to the caller.
 */
final class SpokenTimeReader {

    /** A dial reading: hour 1..12 (or 0..23 when a meridiem was glued on), minute, where it ends. */
    record Spoken(int hour, int minute, int end, Optional<String> meridiem) {}

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern HOUR_DIGITS = Pattern.compile("(\\d{1,2})(am|pm)?");

    /** What a spelled hour may not be followed by: "at one point", "by two weeks", "by five percent". */
    private static final String[] NOT_AFTER_AN_HOUR = {
        "point", "stage", "time", "times", "of", "or", "more", "percent", "%", "people", "minute", "minutes", "hour",
        "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "and", "to", "-"
    };

    private final List<Token> tokens;

    SpokenTimeReader(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** {@code introduced}: "at", "by", "before"… came first, so a spelled hour alone counts ("at two"). */
    Optional<Spoken> read(int at, boolean introduced) {
        return pastOrTo(at).or(() -> halfHour(at)).or(() -> spelledHour(at, introduced));
    }

    /** "half past two", "quarter to 5", "twenty-five to three", "10 minutes past 4". */
    private Optional<Spoken> pastOrTo(int at) {
        Optional<Spoken> hyphenated = hyphenated(at);
        if (hyphenated.isPresent()) {
            return hyphenated;
        }
        int from = is(at, "a") && is(at + 1, "quarter") ? at + 1 : at;
        Optional<int[]> minutes = minutesOfTheHour(from);
        if (minutes.isEmpty()) {
            return Optional.empty();
        }
        int next = minutes.get()[1];
        // American "quarter of five" is 4:45; "a quarter of an hour" names no hour, so it stays a span.
        boolean quarterOf = is(from, "quarter") && is(next, "of");
        return onTheDial(
                minutes.get()[0], is(next, "past", "after"), is(next, "to", "til", "till") || quarterOf, next + 1);
    }

    /** "half-past two", "quarter-to 5", "ten-past four": the minutes and the direction in one word. */
    private Optional<Spoken> hyphenated(int at) {
        String word = at < tokens.size() ? tokens.get(at).norm() : "";
        int hyphen = word.lastIndexOf('-');
        if (hyphen <= 0) {
            return Optional.empty();
        }
        String side = word.substring(hyphen + 1);
        String amount = word.substring(0, hyphen);
        Integer minute = switch (amount) {
            case "half" -> 30;
            case "quarter" -> 15;
            case "five" -> 5;
            case "ten" -> 10;
            case "twenty" -> 20;
            case "twenty-five" -> 25;
            default -> null;
        };
        if (minute == null) {
            return Optional.empty();
        }
        return onTheDial(minute, side.equals("past") || side.equals("after"), side.equals("to"), at + 1);
    }

    private Optional<Spoken> onTheDial(int minute, boolean past, boolean to, int hourAt) {
        if (!past && (!to || minute == 30)) {
            return Optional.empty();
        }
        return dialHour(hourAt).map(hour -> {
            if (past) {
                return new Spoken(hour.hour(), minute, hour.end(), hour.meridiem());
            }
            int before = hour.hour() == 1 ? 12 : hour.hour() - 1;
            return new Spoken(before, 60 - minute, hour.end(), flipAtNoon(hour));
        });
    }

    /** "quarter to 12pm" is 11:45 am: the hour before noon sits in the morning. */
    private static Optional<String> flipAtNoon(Spoken hour) {
        if (hour.hour() == 12 && hour.meridiem().isPresent()) {
            return Optional.of(hour.meridiem().get().equals("pm") ? "am" : "pm");
        }
        return hour.meridiem();
    }

    /** [minute, next index] for "half", "quarter", "five", "twenty-five", "twenty five", "10 minutes". */
    private Optional<int[]> minutesOfTheHour(int at) {
        if (is(at, "half")) {
            return Optional.of(new int[] {30, at + 1});
        }
        if (is(at, "quarter")) {
            return Optional.of(new int[] {15, at + 1});
        }
        Optional<int[]> number = number(at).or(() -> digits(at));
        if (number.isEmpty() || number.get()[0] < 1 || number.get()[0] > 29) {
            return Optional.empty();
        }
        int next = number.get()[1];
        if (is(next, "minutes", "minute", "mins", "min")) {
            return Optional.of(new int[] {number.get()[0], next + 1});
        }
        // "5 to 6 people" is a range; "ten to six" and "10 past 4" are times.
        boolean round = number.get()[0] % 5 == 0 && (!digitAt(at) || is(next, "past", "after"));
        return round ? number : Optional.empty();
    }

    /** en-GB "half five" (5:30), never "half an hour" or "half the team". */
    private Optional<Spoken> halfHour(int at) {
        if (!is(at, "half")) {
            return Optional.empty();
        }
        return dialHour(at + 1)
                .filter(hour -> !is(hour.end(), NOT_AFTER_AN_HOUR))
                .map(hour -> new Spoken(hour.hour(), 30, hour.end(), hour.meridiem()));
    }

    /** "two o'clock", and when introduced "two", "three thirty", "eleven fifteen", "nine oh five". */
    private Optional<Spoken> spelledHour(int at, boolean introduced) {
        Integer hour = at < tokens.size() ? hourWord(tokens.get(at).norm()) : null;
        if (hour == null) {
            return Optional.empty();
        }
        if (is(at + 1, "o'clock", "oclock")) {
            return Optional.of(new Spoken(hour, 0, at + 2, Optional.empty()));
        }
        Optional<int[]> minutes = minutesAfterAnHour(at + 1);
        if (minutes.isPresent()) {
            int end = minutes.get()[1];
            if (introduced || is(end, "am", "pm")) {
                return Optional.of(new Spoken(hour, minutes.get()[0], end, Optional.empty()));
            }
            return Optional.empty();
        }
        if (is(at + 1, "am", "pm") || (introduced && !is(at + 1, NOT_AFTER_AN_HOUR))) {
            return Optional.of(new Spoken(hour, 0, at + 1, Optional.empty()));
        }
        return Optional.empty();
    }

    /** "thirty", "fifteen", "forty-five", "forty five", "oh five": [minute, next index]. */
    private Optional<int[]> minutesAfterAnHour(int at) {
        if (is(at, "oh", "o") && at + 1 < tokens.size()) {
            int unit = NumberWords.digit(tokens.get(at + 1).norm());
            return unit == 0 ? Optional.empty() : Optional.of(new int[] {unit, at + 2});
        }
        return number(at).filter(number -> number[0] >= 10 && number[0] <= 59);
    }

    /** A number word from one to ninety-nine, hyphenated or in two words: [value, next index]. */
    private Optional<int[]> number(int at) {
        return NumberWords.read(tokens, at).map(number -> new int[] {number.value(), number.end()});
    }

    private Optional<int[]> digits(int at) {
        if (!digitAt(at) || !TWO_DIGITS.matcher(tokens.get(at).norm()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(tokens.get(at).norm()), at + 1});
    }

    /** The hour a "past"/"to"/"half" names: "two", "5", "5pm", "twelve". */
    private Optional<Spoken> dialHour(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(at).norm();
        Integer spelled = hourWord(word);
        if (spelled != null) {
            return Optional.of(new Spoken(spelled, 0, at + 1, Optional.empty()));
        }
        Matcher digits = HOUR_DIGITS.matcher(word);
        if (!digits.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(digits.group(1));
        if (hour < 1 || hour > 12) {
            return Optional.empty();
        }
        return Optional.of(new Spoken(hour, 0, at + 1, Optional.ofNullable(digits.group(2))));
    }

    private static Integer hourWord(String word) {
        return NumberWords.belowTwenty(word).filter(hour -> hour <= 12).orElse(null);
    }

    private boolean digitAt(int at) {
        return at < tokens.size() && tokens.get(at).startsWithDigit();
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
