package dev.followthrough.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads vague deadlines: "next week", "later this week", "this month", "soon", "sometime",
 * "after the launch". A vague deadline keeps the end of the period it names as its target.
 */
final class VagueReader {

    /** Verbs that "after" belongs to ("look after the dog") rather than starting a deadline. */
    private static final String[] PHRASAL_VERBS = {"look", "looks", "looking", "take", "takes", "named", "chase", "go"};

    private final List<Token> tokens;
    private final Moment moment;
    private final PeriodPartReader parts;

    VagueReader(List<Token> tokens, Moment moment) {
        this.tokens = tokens;
        this.moment = moment;
        this.parts = new PeriodPartReader(tokens, moment);
    }

    Optional<PhraseMatch> read(int at) {
        Optional<PhraseMatch> named = parts.read(at).or(() -> coming(at));
        if (named.isPresent()) {
            return named;
        }
        int start = is(at, "sometime") ? at + 1 : at;
        if (is(start, "some") && is(start + 1, "time")) {
            start += 2;
        }
        if (is(start, "next", "this") && is(start + 1, "week", "month")) {
            return Optional.of(
                    period(tokens.get(start).is("next"), tokens.get(start + 1).is("week"), start + 2));
        }
        if (is(at, "the") && is(at + 1, "week") && is(at + 2, "after") && is(at + 3, "next")) {
            LocalDate target = moment.lastWorkingDayOfWeek(moment.today().plusWeeks(2));
            return vague(Outcome.Vague.until(moment.endOfDay(target)), at + 4);
        }
        if (is(at, "after") && at + 1 < tokens.size() && !is(at - 1, PHRASAL_VERBS)) {
            return vague(Outcome.Vague.open(), tokens.size());
        }
        return open(at);
    }

    /**
     * "in the next few days", "in the coming days", "in a day or two", "over the next couple of
     * weeks", "within the week": soft, aimed at the far end of what was said (a few days are three).
     */
    private Optional<PhraseMatch> coming(int at) {
        int from = is(at, "sometime") ? at + 1 : at;
        if (!is(from, "in", "within", "over", "during")) {
            return Optional.empty();
        }
        int next = from + 1;
        boolean the = is(next, "the");
        next = the ? next + 1 : next;
        boolean ahead = is(next, "next", "coming");
        if (ahead
                && Quantity.read(tokens, next + 1)
                        .filter(quantity -> !quantity.approximate())
                        .isPresent()) {
            return counted(next);
        }
        next = ahead ? next + 1 : next;
        if (is(next, "a", "an", "one")) {
            next++;
        } else if (!the && !ahead) {
            return Optional.empty();
        }
        if (is(next, "day", "week", "hour") && is(next + 1, "or") && is(next + 2, "two", "2")) {
            return orTwo(tokens.get(next).norm(), next + 3);
        }
        if (the && is(next, "week")) {
            return vague(thisWeek(), next + 1);
        }
        int count =
                is(next, "couple") ? 2 : is(next, "few", "several") ? 3 : ahead && is(next, "days", "weeks") ? 3 : 0;
        int unitAt = count > 0 && !is(next, "days", "weeks") ? next + 1 : next;
        unitAt = is(unitAt, "of") ? unitAt + 1 : unitAt;
        if (count == 0 || !is(unitAt, "days", "weeks")) {
            return Optional.empty();
        }
        int days = tokens.get(unitAt).is("days") ? count : count * 7;
        return vague(Outcome.Vague.until(moment.endOfDay(moment.today().plusDays(days))), unitAt + 1);
    }

    /** "in the next 3 days" is "in 3 days": read as that span, from the word "next" on. */
    private Optional<PhraseMatch> counted(int next) {
        List<Token> asIn = new ArrayList<>(tokens);
        Token word = tokens.get(next);
        asIn.set(next, new Token(word.text(), "in", word.start(), word.end()));
        return new SpanReader(asIn, moment).read(next);
    }

    private Optional<PhraseMatch> orTwo(String unit, int end) {
        if (unit.equals("hour")) {
            return vague(Outcome.Vague.until(moment.now().toInstant().plus(Duration.ofHours(2))), end);
        }
        int days = unit.equals("day") ? 2 : 14;
        return vague(Outcome.Vague.until(moment.endOfDay(moment.today().plusDays(days))), end);
    }

    private Outcome thisWeek() {
        return period(false, true, 0).outcome();
    }

    private Optional<PhraseMatch> open(int at) {
        if (is(at, "soon", "sometime", "someday", "eventually", "whenever", "later", "asap", "shortly")) {
            return vague(Outcome.Vague.open(), at + 1);
        }
        if (is(at, "at") && is(at + 1, "some") && is(at + 2, "point")) {
            return vague(Outcome.Vague.open(), at + 3);
        }
        if (is(at, "in") && is(at + 1, "a") && is(at + 2, "bit", "while")) {
            return vague(Outcome.Vague.open(), at + 3);
        }
        if (is(at, "when") && is(at + 1, "i") && is(at + 2, "can")) {
            return vague(Outcome.Vague.open(), at + 3);
        }
        if (is(at, "as") && is(at + 1, "soon") && is(at + 2, "as") && is(at + 3, "possible")) {
            return vague(Outcome.Vague.open(), at + 4);
        }
        return Optional.empty();
    }

    /** This or next week or month; a period already over points at the following one. */
    private PhraseMatch period(boolean next, boolean week, int end) {
        LocalDate today = moment.today();
        LocalDate last = week
                ? moment.lastWorkingDayOfWeek(today.plusWeeks(next ? 1 : 0))
                : moment.lastWorkingDayOfMonth(today.plusMonths(next ? 1 : 0));
        if (!moment.isAhead(moment.endOfDay(last))) {
            last = week
                    ? moment.lastWorkingDayOfWeek(today.plusWeeks(1))
                    : moment.lastWorkingDayOfMonth(today.plusMonths(1));
        }
        return new PhraseMatch(Outcome.Vague.until(moment.endOfDay(last)), end, false);
    }

    private static Optional<PhraseMatch> vague(Outcome outcome, int end) {
        return Optional.of(new PhraseMatch(outcome, end, false));
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
