package dev.followthrough.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a length of time as typed: "90 minutes", "2.5 hours", "an hour and a half", "2 hours 30
 * minutes", "an hour and forty-five minutes", "2h30", "1 hr 15 min", "a quarter of an hour", "a
 * day and a half", "3 business days". Each further part must be in a smaller unit than the last.
 */
final class DurationWords {

    /** One part of a length: {@code count} and {@code hundredths} of a unit. */
    record Part(SpanUnit unit, int count, int hundredths) {}

    record Length(List<Part> parts, boolean approximate, int end) {}

    private static final Pattern GLUED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)(mins?|m|hrs?|h|days?|d|wks?|w)");
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("(\\d{1,2})(?:h|hrs?)(\\d{1,2})(?:m|mins?)?");

    private final List<Token> tokens;

    DurationWords(List<Token> tokens) {
        this.tokens = tokens;
    }

    Optional<Length> read(int at) {
        Optional<Length> first = part(at);
        if (first.isEmpty()) {
            return first;
        }
        List<Part> parts = new ArrayList<>(first.get().parts());
        boolean approximate = first.get().approximate();
        int end = first.get().end();
        while (true) {
            int next = is(end, "and") ? end + 1 : end;
            Optional<Length> more = part(next);
            SpanUnit smallest = parts.get(parts.size() - 1).unit();
            if (more.isEmpty() || more.get().parts().get(0).unit().compareTo(smallest) >= 0) {
                return Optional.of(new Length(List.copyOf(parts), approximate, inTime(end)));
            }
            parts.addAll(more.get().parts());
            approximate |= more.get().approximate();
            end = more.get().end();
        }
    }

    private Optional<Length> part(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        if (is(at, "half") && is(at + 1, "an", "a")) {
            return unitAt(at + 2).map(unit -> single(unit, 0, 50, false, at + 3));
        }
        if (is(at, "a", "one") && is(at + 1, "half")) {
            return unitAt(at + 2).map(unit -> single(unit, 0, 50, false, at + 3));
        }
        if (is(at, "half")) {
            return unitAt(at + 1).map(unit -> single(unit, 0, 50, false, at + 2));
        }
        int quarter = is(at, "a", "one") ? at + 1 : at;
        if (is(quarter, "quarter") && is(quarter + 1, "of") && is(quarter + 2, "an") && is(quarter + 3, "hour")) {
            return Optional.of(single(SpanUnit.HOUR, 0, 25, false, quarter + 4));
        }
        if (is(at, "three") && is(at + 1, "quarters") && is(at + 2, "of") && is(at + 3, "an") && is(at + 4, "hour")) {
            return Optional.of(single(SpanUnit.HOUR, 0, 75, false, at + 5));
        }
        Optional<Length> glued = glued(at);
        if (glued.isPresent()) {
            return glued;
        }
        return Quantity.read(tokens, at).flatMap(this::counted);
    }

    private Optional<Length> counted(Quantity quantity) {
        int at = quantity.end();
        int end;
        SpanUnit unit;
        if (is(at, "business", "working", "work") && is(at + 1, "day", "days")) {
            unit = SpanUnit.BUSINESS_DAY;
            end = at + 2;
        } else if (is(at, "fortnight", "fortnights", "fortnight's", "fortnights'")) {
            return Optional.of(single(
                    SpanUnit.WEEK, quantity.count() * 2, quantity.hundredths() * 2, quantity.approximate(), at + 1));
        } else {
            Optional<SpanUnit> named = unitAt(at);
            if (named.isEmpty()) {
                return Optional.empty();
            }
            unit = named.get();
            end = at + 1;
        }
        int hundredths = quantity.hundredths();
        if (hundredths == 0 && is(end, "and") && is(end + 1, "a") && is(end + 2, "half")) {
            hundredths = 50;
            end += 3;
        }
        return Optional.of(single(unit, quantity.count(), hundredths, quantity.approximate(), end));
    }

    private Optional<Length> glued(int at) {
        String word = tokens.get(at).norm();
        Matcher both = HOURS_AND_MINUTES.matcher(word);
        if (both.matches()) {
            List<Part> parts = List.of(
                    new Part(SpanUnit.HOUR, Integer.parseInt(both.group(1)), 0),
                    new Part(SpanUnit.MINUTE, Integer.parseInt(both.group(2)), 0));
            return Optional.of(new Length(parts, false, at + 1));
        }
        Matcher glued = GLUED.matcher(word);
        if (!glued.matches()) {
            return Optional.empty();
        }
        SpanUnit unit = SpanUnit.of(glued.group(2)).orElseThrow();
        List<Token> number = List.of(new Token(glued.group(1), glued.group(1), 0, 0));
        return Quantity.read(number, 0).map(count -> single(unit, count.count(), count.hundredths(), false, at + 1));
    }

    /** en-GB "in two weeks' time", "in an hour's time": the "time" belongs to the span. */
    private int inTime(int end) {
        if (!is(end, "time") || end == 0) {
            return end;
        }
        String unit = tokens.get(end - 1).text();
        return unit.endsWith("'")
                        || unit.endsWith("’")
                        || tokens.get(end - 1).norm().endsWith("'s")
                ? end + 1
                : end;
    }

    private Optional<SpanUnit> unitAt(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        String word = tokens.get(at).norm();
        return SpanUnit.of(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
    }

    private static Length single(SpanUnit unit, int count, int hundredths, boolean approximate, int end) {
        return new Length(List.of(new Part(unit, count, hundredths)), approximate, end);
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
