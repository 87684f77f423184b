package dev.followthrough.deadline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count as typed: digits, decimals or words ("2", "2.5", "two", "twenty-five", "two and a half",
 * "a couple of"); {@code hundredths} is the fraction past {@code count}. Approximate counts read as vague.
 */
record Quantity(int count, int hundredths, boolean approximate, int end) {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");
    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,3})\\.(\\d{1,2})");

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety",
            90);

    Quantity(int count, boolean approximate, int end) {
        this(count, 0, approximate, end);
    }

    boolean whole() {
        return hundredths == 0;
    }

    /** Reads a count starting at {@code at}; "a couple (of)", "a few (of)" and "several" are approximate. */
    static Optional<Quantity> read(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        int position = at;
        if (tokens.get(position).is("a") && position + 1 < tokens.size()) {
            Token next = tokens.get(position + 1);
            if (next.is("couple", "few")) {
                position++;
            }
        }
        Token word = tokens.get(position);
        if (word.is("couple", "few", "several")) {
            int count = word.is("couple") ? 2 : 3;
            int end = position + 1;
            if (end < tokens.size() && tokens.get(end).is("of")) {
                end++;
            }
            return Optional.of(new Quantity(count, true, end));
        }
        return exact(tokens, position).map(quantity -> andAHalf(quantity, tokens));
    }

    private static Optional<Quantity> exact(List<Token> tokens, int at) {
        String word = tokens.get(at).norm();
        if (WHOLE.matcher(word).matches()) {
            return Optional.of(new Quantity(Integer.parseInt(word), false, at + 1));
        }
        Matcher decimal = DECIMAL.matcher(word);
        if (decimal.matches()) {
            String fraction = decimal.group(2);
            int hundredths = Integer.parseInt(fraction) * (fraction.length() == 1 ? 10 : 1);
            return Optional.of(new Quantity(Integer.parseInt(decimal.group(1)), hundredths, false, at + 1));
        }
        return spelled(tokens, at);
    }

    /** "five", "twenty", "twenty-five", "twenty five": up to ninety-nine. */
    private static Optional<Quantity> spelled(List<Token> tokens, int at) {
        String word = tokens.get(at).norm();
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = TENS.get(word.substring(0, hyphen));
            int digit = digit(word.substring(hyphen + 1));
            return tens == null || digit == 0
                    ? Optional.empty()
                    : Optional.of(new Quantity(tens + digit, false, at + 1));
        }
        Integer tens = TENS.get(word);
        if (tens != null) {
            int digit = at + 1 < tokens.size() ? digit(tokens.get(at + 1).norm()) : 0;
            return Optional.of(
                    digit > 0 ? new Quantity(tens + digit, false, at + 2) : new Quantity(tens, false, at + 1));
        }
        Integer unit = UNITS.get(word);
        return unit == null ? Optional.empty() : Optional.of(new Quantity(unit, false, at + 1));
    }

    /** "one" to "nine" (not "a"), else 0. */
    private static int digit(String word) {
        Integer unit = UNITS.get(word);
        return unit == null || unit > 9 || word.startsWith("a") ? 0 : unit;
    }

    /** "two and a half (hours)": the half belongs to the count when it comes before the unit. */
    private static Quantity andAHalf(Quantity quantity, List<Token> tokens) {
        int at = quantity.end();
        boolean half = quantity.whole()
                && at + 2 < tokens.size()
                && tokens.get(at).is("and")
                && tokens.get(at + 1).is("a")
                && tokens.get(at + 2).is("half");
        return half ? new Quantity(quantity.count(), 50, false, at + 3) : quantity;
    }
}
