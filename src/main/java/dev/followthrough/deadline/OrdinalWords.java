package dev.followthrough.deadline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A day of the month spelled as an ordinal: "fifth", "twenty-first", "twenty second", "thirtieth". */
final class OrdinalWords {

    /** The day it names and where its words end. */
    record Ordinal(int day, int end) {}

    private static final Map<String, Integer> UNITS = Map.of(
            "first", 1,
            "second", 2,
            "third", 3,
            "fourth", 4,
            "fifth", 5,
            "sixth", 6,
            "seventh", 7,
            "eighth", 8,
            "ninth", 9);

    private static final Map<String, Integer> WHOLE = Map.ofEntries(
            Map.entry("tenth", 10),
            Map.entry("eleventh", 11),
            Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14),
            Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17),
            Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20),
            Map.entry("thirtieth", 30));

    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30);

    private OrdinalWords() {}

    static Optional<Ordinal> read(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(at).norm();
        Integer single = UNITS.containsKey(word) ? UNITS.get(word) : WHOLE.get(word);
        if (single != null) {
            return Optional.of(new Ordinal(single, at + 1));
        }
        int hyphen = word.indexOf('-');
        if (hyphen > 0) {
            Integer tens = TENS.get(word.substring(0, hyphen));
            Integer unit = UNITS.get(word.substring(hyphen + 1));
            return tens == null || unit == null ? Optional.empty() : Optional.of(new Ordinal(tens + unit, at + 1));
        }
        Integer tens = TENS.get(word);
        Integer unit = tens == null || at + 1 >= tokens.size()
                ? null
                : UNITS.get(tokens.get(at + 1).norm());
        return unit == null ? Optional.empty() : Optional.of(new Ordinal(tens + unit, at + 2));
    }
}
