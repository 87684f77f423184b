package dev.followthrough.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quarter, half or year named outright ("Q2", "H1", "the second quarter", "2027"), with the
 * year when one follows ("Q3 2027", "the first half of next year"). {@code day} is its first day.
 */
record NamedPeriod(CalendarPeriod period, LocalDate day, boolean yearTyped, int end) {

    private static final Pattern YEAR = Pattern.compile("20\\d{2}");

    /** "2027": a year, as typed after a period's name. */
    static boolean isYear(String norm) {
        return YEAR.matcher(norm).matches();
    }

    static Optional<NamedPeriod> read(List<Token> tokens, int at, LocalDate today) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(at).norm();
        if (YEAR.matcher(word).matches()) {
            return Optional.of(
                    new NamedPeriod(CalendarPeriod.YEAR, LocalDate.of(Integer.parseInt(word), 1, 1), true, at + 1));
        }
        Optional<NamedPeriod> coded = ofCode(word, today);
        if (coded.isPresent()) {
            return Optional.of(withYear(coded.get(), tokens, at + 1));
        }
        int ordinal = ordinal(word);
        if (ordinal == 0 || at + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token unit = tokens.get(at + 1);
        if (unit.is("quarter") && ordinal <= 4) {
            return Optional.of(withYear(quarter(ordinal, today, at + 2), tokens, at + 2));
        }
        if (unit.is("half") && ordinal <= 2) {
            return Optional.of(withYear(half(ordinal, today, at + 2), tokens, at + 2));
        }
        return Optional.empty();
    }

    /** "q1".."q4", "h1", "h2", as typed alone or before "end". */
    static Optional<NamedPeriod> ofCode(String norm, LocalDate today) {
        if (norm.length() != 2 || !Character.isDigit(norm.charAt(1))) {
            return Optional.empty();
        }
        int number = norm.charAt(1) - '0';
        if (norm.charAt(0) == 'q' && number >= 1 && number <= 4) {
            return Optional.of(quarter(number, today, 0));
        }
        if (norm.charAt(0) == 'h' && number >= 1 && number <= 2) {
            return Optional.of(half(number, today, 0));
        }
        return Optional.empty();
    }

    private static NamedPeriod quarter(int number, LocalDate today, int end) {
        return new NamedPeriod(CalendarPeriod.QUARTER, LocalDate.of(today.getYear(), number * 3 - 2, 1), false, end);
    }

    private static NamedPeriod half(int number, LocalDate today, int end) {
        return new NamedPeriod(CalendarPeriod.HALF, LocalDate.of(today.getYear(), number * 6 - 5, 1), false, end);
    }

    /** "Q3 2027", "Q3 of 2027", "the first half of the year", "H2 of next year". */
    private static NamedPeriod withYear(NamedPeriod named, List<Token> tokens, int at) {
        int from = at < tokens.size() && tokens.get(at).is("of") ? at + 1 : at;
        if (from < tokens.size() && YEAR.matcher(tokens.get(from).norm()).matches()) {
            LocalDate day =
                    named.day().withYear(Integer.parseInt(tokens.get(from).norm()));
            return new NamedPeriod(named.period(), day, true, from + 1);
        }
        if (from > at && from + 1 < tokens.size() && tokens.get(from + 1).is("year")) {
            if (tokens.get(from).is("the", "this")) {
                return new NamedPeriod(named.period(), named.day(), false, from + 2);
            }
            if (tokens.get(from).is("next")) {
                return new NamedPeriod(named.period(), named.day().plusYears(1), true, from + 2);
            }
        }
        return new NamedPeriod(named.period(), named.day(), false, at);
    }

    private static int ordinal(String norm) {
        return switch (norm) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            case "fourth", "4th" -> 4;
            default -> 0;
        };
    }
}
