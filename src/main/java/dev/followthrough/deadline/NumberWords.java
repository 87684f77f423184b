package dev.followthrough.deadline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Numbers spelled out, one to ninety-nine: "five", "fifteen", "forty-five", "forty five". */
final class NumberWords {

    /** A number read from the words, and where its words end. */
    record Spelled(int value, int end) {}

    private static final Map<String, Integer> BELOW_TWENTY = Map.ofEntries(
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

    private NumberWords() {}

    /** "one" to "nineteen" as one word. */
    static Optional<Integer> belowTwenty(String word) {
        return Optional.ofNullable(BELOW_TWENTY.get(word));
    }

    /** The number spelled from {@code at}: one word, a hyphenated pair, or tens then a digit word. */
    static Optional<Spelled> read(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(at).norm();
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = TENS.get(word.substring(0, hyphen));
            int digit = digit(word.substring(hyphen + 1));
            return tens == null || digit == 0 ? Optional.empty() : Optional.of(new Spelled(tens + digit, at + 1));
        }
        Integer tens = TENS.get(word);
        if (tens != null) {
            int digit = at + 1 < tokens.size() ? digit(tokens.get(at + 1).norm()) : 0;
            return Optional.of(digit > 0 ? new Spelled(tens + digit, at + 2) : new Spelled(tens, at + 1));
        }
        return belowTwenty(word).map(value -> new Spelled(value, at + 1));
    }

    /** "one" to "nine", else 0. */
    static int digit(String word) {
        Integer value = BELOW_TWENTY.get(word);
        return value == null || value > 9 ? 0 : value;
    }
}
