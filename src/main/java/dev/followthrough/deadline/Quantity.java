package dev.followthrough.deadline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A count as typed: digits or words ("2", "two", "a couple of"); approximate counts read as vague. */
record Quantity(int count, boolean approximate, int end) {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
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
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty-five", 45),
            Map.entry("ninety", 90));

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
        if (word.norm().matches("\\d{1,4}")) {
            return Optional.of(new Quantity(Integer.parseInt(word.norm()), false, position + 1));
        }
        Integer count = WORDS.get(word.norm());
        return count == null ? Optional.empty() : Optional.of(new Quantity(count, false, position + 1));
    }
}
