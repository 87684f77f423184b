package dev.followthrough.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads spans measured from now ("in 90 minutes", "in 3 business days") and the ends of periods ("EOW"). */
final class SpanReader {

    private static final Pattern GLUED = Pattern.compile("(\\d{1,4})(mins?|m|hrs?|h|days?|d|wks?|w)");

    private enum Unit {
        MINUTE,
        HOUR,
        DAY,
        BUSINESS_DAY,
        WEEK,
        MONTH
    }

    private final List<Token> tokens;
    private final Moment moment;
    private final PeriodEndReader periodEnds;

    SpanReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
        this.periodEnds = new PeriodEndReader(tokens, moment);
    }

    Optional<PhraseMatch> read(int at) {
        return measured(at).or(() -> periodEnds.read(at));
    }

    private Optional<PhraseMatch> measured(int at) {
        if (is(at, "in", "within")) {
            if (is(at + 1, "the") && is(at + 2, "hour")) {
                return exact(Duration.ofHours(1), at + 3);
            }
            if (is(at + 1, "half") && is(at + 2, "an") && is(at + 3, "hour")) {
                return exact(Duration.ofMinutes(30), at + 4);
            }
            Optional<PhraseMatch> glued = glued(at + 1);
            if (glued.isPresent()) {
                return glued;
            }
            return Quantity.read(tokens, at + 1).flatMap(quantity -> counted(quantity, quantity.end()));
        }
        return Quantity.read(tokens, at)
                .filter(quantity -> !quantity.approximate())
                .flatMap(quantity -> counted(quantity, quantity.end()))
                .filter(match -> is(match.end(), "from") && is(match.end() + 1, "now", "today"))
                .map(match -> new PhraseMatch(match.outcome(), match.end() + 2, true));
    }

    private Optional<PhraseMatch> glued(int at) {
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        Matcher matcher = GLUED.matcher(tokens.get(at).norm());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Unit unit = unit(matcher.group(2)).orElseThrow();
        return span(new Quantity(Integer.parseInt(matcher.group(1)), false, at + 1), unit, at + 1);
    }

    private Optional<PhraseMatch> counted(Quantity quantity, int at) {
        if (is(at, "business", "working", "work") && is(at + 1, "day", "days")) {
            return span(quantity, Unit.BUSINESS_DAY, at + 2);
        }
        if (at >= tokens.size()) {
            return Optional.empty();
        }
        return unit(tokens.get(at).norm()).flatMap(unit -> span(quantity, unit, at + 1));
    }

    private static Optional<Unit> unit(String word) {
        return switch (word) {
            case "minute", "minutes", "min", "mins", "m" -> Optional.of(Unit.MINUTE);
            case "hour", "hours", "hr", "hrs", "h" -> Optional.of(Unit.HOUR);
            case "day", "days", "d" -> Optional.of(Unit.DAY);
            case "businessdays", "workdays", "workday" -> Optional.of(Unit.BUSINESS_DAY);
            case "week", "weeks", "wk", "wks", "w" -> Optional.of(Unit.WEEK);
            case "month", "months" -> Optional.of(Unit.MONTH);
            default -> Optional.empty();
        };
    }

    private Optional<PhraseMatch> span(Quantity quantity, Unit unit, int end) {
        int count = quantity.count();
        if (count <= 0) {
            return Optional.empty();
        }
        LocalDate today = moment.today();
        Instant point = switch (unit) {
            case MINUTE -> moment.now().toInstant().plus(Duration.ofMinutes(count));
            case HOUR -> moment.now().toInstant().plus(Duration.ofHours(count));
            case DAY -> moment.endOfDay(today.plusDays(count));
            case BUSINESS_DAY -> moment.endOfDay(businessDaysAfter(today, count));
            case WEEK -> moment.endOfDay(today.plusWeeks(count));
            case MONTH -> moment.endOfDay(today.plusMonths(count));
        };
        boolean vague = quantity.approximate() || unit == Unit.WEEK || unit == Unit.MONTH;
        Outcome outcome = vague ? Outcome.Vague.until(point) : Outcome.Pinned.at(point);
        return Optional.of(new PhraseMatch(outcome, end, true));
    }

    private Optional<PhraseMatch> exact(Duration duration, int end) {
        return Optional.of(
                new PhraseMatch(Outcome.Pinned.at(moment.now().toInstant().plus(duration)), end, true));
    }

    private LocalDate businessDaysAfter(LocalDate from, int count) {
        LocalDate day = from;
        int left = Math.min(count, 3660);
        while (left > 0) {
            day = day.plusDays(1);
            if (moment.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
