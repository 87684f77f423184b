package dev.followthrough.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads spans measured from now: "in 90 minutes", "in 3 business days", "EOW", "end of the month". */
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

    SpanReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
    }

    Optional<PhraseMatch> read(int at) {
        return measured(at).or(() -> endOfPeriod(at));
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

    /** "EOW", "end of (the) week", "end of next week", "EOM", "end of the month", "end of December". */
    private Optional<PhraseMatch> endOfPeriod(int at) {
        int start = is(at, "the") ? at + 1 : at;
        if (is(start, "eow")) {
            return Optional.of(endOfWeek(0, start + 1));
        }
        if (is(start, "eom")) {
            return Optional.of(endOfMonth(0, start + 1));
        }
        if (!is(start, "end") || !is(start + 1, "of")) {
            return Optional.empty();
        }
        int next = start + 2;
        int offset = 0;
        if (is(next, "the", "this")) {
            next++;
        } else if (is(next, "next")) {
            offset = 1;
            next++;
        }
        if (is(next, "work", "working", "business") && is(next + 1, "week")) {
            next++;
        }
        if (is(next, "week")) {
            return Optional.of(endOfWeek(offset, next + 1));
        }
        if (is(next, "month")) {
            return Optional.of(endOfMonth(offset, next + 1));
        }
        int monthAt = next;
        Optional<Month> month =
                monthAt < tokens.size() ? Lexicon.month(tokens.get(monthAt).norm()) : Optional.empty();
        return month.map(named -> endOfNamedMonth(named, monthAt + 1));
    }

    private PhraseMatch endOfWeek(int weeksAhead, int end) {
        LocalDate today = moment.today();
        Instant due = moment.endOfDay(moment.lastWorkingDayOfWeek(today.plusWeeks(weeksAhead)));
        if (!moment.isAhead(due)) {
            if (moment.isWorkingDay(today)) {
                return new PhraseMatch(new Outcome.Refused(PeriodWording.weekOver()), end, true);
            }
            due = moment.endOfDay(moment.lastWorkingDayOfWeek(today.plusWeeks(weeksAhead + 1)));
        }
        return new PhraseMatch(Outcome.Pinned.at(due), end, true);
    }

    private PhraseMatch endOfMonth(int monthsAhead, int end) {
        LocalDate today = moment.today();
        Instant due = moment.endOfDay(moment.lastWorkingDayOfMonth(today.plusMonths(monthsAhead)));
        if (!moment.isAhead(due)) {
            if (moment.isWorkingDay(today)) {
                return new PhraseMatch(new Outcome.Refused(PeriodWording.monthOver()), end, true);
            }
            due = moment.endOfDay(moment.lastWorkingDayOfMonth(today.plusMonths(monthsAhead + 1)));
        }
        return new PhraseMatch(Outcome.Pinned.at(due), end, true);
    }

    private PhraseMatch endOfNamedMonth(Month month, int end) {
        LocalDate today = moment.today();
        LocalDate first = LocalDate.of(today.getYear(), month, 1);
        Instant due = moment.endOfDay(moment.lastWorkingDayOfMonth(first));
        if (!moment.isAhead(due)) {
            due = moment.endOfDay(moment.lastWorkingDayOfMonth(first.plusYears(1)));
        }
        return new PhraseMatch(Outcome.Pinned.at(due), end, true);
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
