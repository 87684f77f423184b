package dev.followthrough.deadline;

import java.util.List;
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

    /** "a", "an", "five", "twenty", "twenty-five", "twenty five": up to ninety-nine. */
    private static Optional<Quantity> spelled(List<Token> tokens, int at) {
        if (tokens.get(at).is("a", "an")) {
            return Optional.of(new Quantity(1, false, at + 1));
        }
        return NumberWords.read(tokens, at).map(number -> new Quantity(number.value(), false, number.end()));
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
