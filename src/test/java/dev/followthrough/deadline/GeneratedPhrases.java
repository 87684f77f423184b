package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The phrases of the firm-deadline property: their parts, the owners' zones and locales, and "now" moments from 2026
 * to 2028, half of them in the three days before a clock change.
 */
final class GeneratedPhrases {

    private GeneratedPhrases() {}

    private static final List<String> OWNER_ZONES = List.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "America/Sao_Paulo",
            "Europe/London",
            "Europe/Berlin",
            "Asia/Kolkata",
            "Asia/Singapore",
            "Asia/Tokyo",
            "Australia/Sydney",
            "Australia/Adelaide",
            "Pacific/Auckland");

    // The zones whose clock changes the "now" moments crowd around, so that gaps and overlaps come up often.
    private static final List<String> CLOCK_CHANGE_ZONES = List.of(
            "America/New_York",
            "America/Chicago",
            "Europe/London",
            "Australia/Sydney",
            "Australia/Adelaide",
            "Pacific/Auckland");

    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2028-12-31T00:00:00Z");

    static Arbitrary<GeneratedPhrase> all() {
        return Combinators.combine(
                        Arbitraries.of("send the deck", "call Acme", "share the pricing with Globex", "review the SOW"),
                        days(),
                        times(),
                        Arbitraries.of(ZoneLexicon.WORDS).injectNull(0.35).map(Optional::ofNullable),
                        Arbitraries.of(GeneratedPhrase.Order.class),
                        Arbitraries.of(OWNER_ZONES).map(ZoneId::of),
                        Arbitraries.of(Locale.US, Locale.UK),
                        nows())
                .as(GeneratedPhrase::new);
    }

    private static Arbitrary<GeneratedPhrase.Day> days() {
        Arbitrary<DayOfWeek> weekdays = Arbitraries.of(DayOfWeek.class);
        Arbitrary<MonthDay> dates = Combinators.combine(
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28))
                .as(MonthDay::of);
        return Combinators.combine(Arbitraries.of(GeneratedPhrase.DayKind.class), weekdays, dates)
                .as(GeneratedPhrase.Day::new);
    }

    /** 12am and 00:xx are left out: whether "Friday 12am" starts or ends Friday is not this property's question. */
    private static Arbitrary<GeneratedPhrase.Time> times() {
        Arbitrary<GeneratedPhrase.Time> hours = Combinators.combine(
                        Arbitraries.integers().between(1, 12), Arbitraries.of("am", "pm", " am", " pm"))
                .filter((hour, half) -> !(hour == 12 && half.strip().equals("am")))
                .as((hour, half) -> new GeneratedPhrase.Time(hour + half, clock(hour, 0, half)));
        Arbitrary<GeneratedPhrase.Time> hoursAndMinutes = Combinators.combine(
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.of(0, 15, 30, 45),
                        Arbitraries.of("am", "pm"))
                .filter((hour, minute, half) -> !(hour == 12 && half.equals("am")))
                .as((hour, minute, half) -> new GeneratedPhrase.Time(
                        hour + ":" + String.format("%02d", minute) + half, clock(hour, minute, half)));
        Arbitrary<GeneratedPhrase.Time> twentyFourHour = Combinators.combine(
                        Arbitraries.integers().between(1, 23), Arbitraries.of(0, 15, 30, 45))
                .as((hour, minute) ->
                        new GeneratedPhrase.Time(String.format("%02d:%02d", hour, minute), LocalTime.of(hour, minute)));
        Arbitrary<GeneratedPhrase.Time> nightOfAClockChange = Arbitraries.of(
                new GeneratedPhrase.Time("1:30am", LocalTime.of(1, 30)),
                new GeneratedPhrase.Time("2am", LocalTime.of(2, 0)),
                new GeneratedPhrase.Time("2:30am", LocalTime.of(2, 30)),
                new GeneratedPhrase.Time("02:45", LocalTime.of(2, 45)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, hours),
                Tuple.of(3, hoursAndMinutes),
                Tuple.of(2, twentyFourHour),
                Tuple.of(1, Arbitraries.just(new GeneratedPhrase.Time("noon", LocalTime.NOON))),
                Tuple.of(2, nightOfAClockChange));
    }

    private static LocalTime clock(int hour, int minute, String half) {
        boolean afternoon = half.strip().equals("pm");
        return LocalTime.of(hour % 12 + (afternoon ? 12 : 0), minute);
    }

    /** Any moment of 2026 to 2028, or one within three days before a clock change of a zone that has them. */
    private static Arbitrary<Instant> nows() {
        Arbitrary<Instant> anyMoment = Arbitraries.longs()
                .between(FIRST.getEpochSecond() / 60, LAST.getEpochSecond() / 60)
                .map(minute -> Instant.ofEpochSecond(minute * 60));
        Arbitrary<Instant> beforeAClockChange = Combinators.combine(
                        Arbitraries.of(clockChanges()), Arbitraries.longs().between(5, 3 * 24 * 60))
                .as((change, minutesBefore) -> change.minus(Duration.ofMinutes(minutesBefore)));
        return Arbitraries.frequencyOf(Tuple.of(1, anyMoment), Tuple.of(1, beforeAClockChange));
    }

    private static List<Instant> clockChanges() {
        List<Instant> changes = new ArrayList<>();
        for (String zone : CLOCK_CHANGE_ZONES) {
            Instant at = FIRST;
            for (ZoneOffsetTransition next = ZoneId.of(zone).getRules().nextTransition(at);
                    next != null && next.getInstant().isBefore(LAST);
                    next = ZoneId.of(zone).getRules().nextTransition(next.getInstant())) {
                changes.add(next.getInstant());
            }
        }
        return changes;
    }
}
