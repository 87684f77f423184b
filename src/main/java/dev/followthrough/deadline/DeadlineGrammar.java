package dev.followthrough.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Reads the longest deadline phrase starting at a word: a day and a time in either order, a span, or vague words. */
final class DeadlineGrammar {

    private final List<Token> tokens;
    private final Moment moment;
    private final DayReader days;
    private final TimeOfDayReader times;
    private final SpanReader spans;
    private final VagueReader vague;
    private final DayResolver calendar;
    private final ZonedReading zoned;
    private final HedgeReader hedges;
    private final PastReader past;

    DeadlineGrammar(List<Token> tokens, Moment moment) {
        this(tokens, moment, true);
    }

    /** {@code zoneWords}: whether a zone word after the phrase re-reads it (not when already read in one). */
    DeadlineGrammar(List<Token> tokens, Moment moment, boolean zoneWords) {
        this.zoned = zoneWords ? new ZonedReading(tokens, moment) : null;
        this.tokens = tokens;
        this.moment = moment;
        this.days = new DayReader(tokens);
        this.times = new TimeOfDayReader(tokens, moment);
        this.spans = new SpanReader(tokens, moment);
        this.vague = new VagueReader(tokens, moment);
        this.calendar = new DayResolver(moment);
        this.hedges = new HedgeReader(tokens, moment, this);
        this.past = new PastReader(tokens);
    }

    Optional<PhraseMatch> read(int at) {
        if (is(at, "later") && is(at + 1, "today", "tonight")) {
            return read(at + 1);
        }
        Optional<PhraseMatch> plain = Stream.of(
                        dayFirst(at), timeFirst(at), spans.read(at), vague.read(at), past.read(at))
                .flatMap(Optional::stream)
                .reduce((longest, other) -> other.end() > longest.end() ? other : longest);
        Optional<PhraseMatch> best = zoned == null ? plain : plain.map(match -> zoned.read(at, match));
        Optional<PhraseMatch> hedged = hedges.before(at);
        boolean hedgeWins = hedged.isPresent()
                && (best.isEmpty() || hedged.get().end() >= best.get().end());
        return (hedgeWins ? hedged : best).map(match -> hedges.after(at, match));
    }

    /** Whether a time of day starts at {@code at} ("3pm", "at noon"), not a day or a span. */
    boolean startsWithTime(int at) {
        return times.read(at).isPresent();
    }

    /** Whether the words from {@code at} to {@code end} are a span ("in 2 hours") or a period's end. */
    boolean spanAt(int at, int end) {
        return spans.read(at).filter(match -> match.end() == end).isPresent();
    }

    /** "4pm ET Friday": a time, then the zone words ending at {@code dayAt}, then the day. */
    Optional<PhraseMatch> timeThenDay(int at, int timeEnd, int dayAt) {
        Optional<TimeOfDayReader.TimeMatch> time =
                times.read(at).filter(match -> !match.today() && match.end() == timeEnd);
        int from = is(dayAt, "on") ? dayAt + 1 : dayAt;
        Optional<DayReader.DayMatch> day = days.read(from);
        if (time.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        Outcome outcome =
                calendar.resolve(day.get().spec(), Optional.of(time.get().time()));
        return Optional.of(new PhraseMatch(outcome, day.get().end(), true));
    }

    /** "Friday", "tomorrow morning", "Fri 2pm", "next Tuesday at 10", "Dec 3 by noon". */
    private Optional<PhraseMatch> dayFirst(int at) {
        Optional<DayReader.DayMatch> day = days.read(at);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        DaySpec spec = day.get().spec();
        int next = day.get().end();
        int timeAt = is(next, "by", "before") ? next + 1 : next;
        Optional<TimeOfDayReader.TimeMatch> time = times.read(timeAt).filter(match -> !match.today());
        if (time.isPresent()) {
            Outcome outcome = refusedOr(
                    time.get(),
                    () -> calendar.resolve(spec, Optional.of(time.get().time())));
            return Optional.of(new PhraseMatch(outcome, time.get().end(), true));
        }
        Outcome outcome = calendar.resolve(spec, Optional.empty());
        boolean strong = !day.get().weak()
                && (!(spec instanceof DaySpec.Weekday weekday) || weekday.which() != DaySpec.Which.NEAREST);
        return Optional.of(new PhraseMatch(outcome, next, strong));
    }

    /** "2pm", "at 2", "noon tomorrow", "2pm on Friday", "EOD Friday", "tonight", "this afternoon". */
    private Optional<PhraseMatch> timeFirst(int at) {
        Optional<TimeOfDayReader.TimeMatch> found = times.read(at);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TimeOfDayReader.TimeMatch time = found.get();
        boolean strong = time.today()
                || time.time().endOfDay()
                || startsWithDigit(at)
                || time.refusal().isPresent();
        if (time.today()) {
            return Optional.of(new PhraseMatch(refusedOr(time, () -> today(time.time())), time.end(), strong));
        }
        int dayAt = is(time.end(), "on") ? time.end() + 1 : time.end();
        Optional<DayReader.DayMatch> day = days.read(dayAt);
        if (day.isPresent()) {
            Optional<TimeOfDayReader.TimeMatch> placed =
                    times.placedBy(time, day.get().end());
            ClockTime clock = placed.map(TimeOfDayReader.TimeMatch::time).orElse(time.time());
            int end =
                    placed.map(TimeOfDayReader.TimeMatch::end).orElse(day.get().end());
            Outcome outcome = refusedOr(time, () -> calendar.resolve(day.get().spec(), Optional.of(clock)));
            return Optional.of(new PhraseMatch(outcome, end, true));
        }
        return Optional.of(new PhraseMatch(refusedOr(time, () -> timeOnly(time.time())), time.end(), strong));
    }

    /** A time named for today is held to today: once it has passed it is refused, never moved to tomorrow. */
    private Outcome today(ClockTime time) {
        return calendar.resolve(new DaySpec.Offset(0, "today"), Optional.of(time));
    }

    /** "25:00" and "14pm" are refused whatever day they come with. */
    private static Outcome refusedOr(TimeOfDayReader.TimeMatch time, Supplier<Outcome> reading) {
        return time.refusal().<Outcome>map(Outcome.Refused::new).orElseGet(reading);
    }

    /** A time with no day: today while it's ahead, else tomorrow; "EOD" alone always means today. */
    private Outcome timeOnly(ClockTime time) {
        LocalDate today = moment.today();
        if (time.endOfDay() || moment.isAhead(time.on(today, moment))) {
            return calendar.resolve(new DaySpec.Offset(0, "today"), Optional.of(time));
        }
        return calendar.resolve(new DaySpec.Offset(1, "tomorrow"), Optional.of(time));
    }

    private boolean startsWithDigit(int at) {
        int first = is(at, "at", "@", "around") ? at + 1 : at;
        return first < tokens.size() && tokens.get(first).startsWithDigit();
    }

    private boolean is(int at, String... words) {
        return at >= 0 && at < tokens.size() && tokens.get(at).is(words);
    }
}
