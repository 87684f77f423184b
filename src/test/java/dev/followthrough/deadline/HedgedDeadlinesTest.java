package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A hedge softens the deadline it stands next to and aims at it; vague words never read as firm. */
class HedgedDeadlinesTest {

    private static final List<String> ZONES =
            List.of("America/New_York", "Europe/London", "Australia/Sydney", "America/Los_Angeles", "Asia/Kolkata");

    private static final List<String> DEADLINES = List.of(
            "by Friday",
            "by Fri 2pm",
            "by tomorrow",
            "by EOD",
            "by EOD tomorrow",
            "by next Tuesday",
            "by next Monday at 10",
            "by 3pm",
            "by noon tomorrow",
            "by this afternoon",
            "by Dec 15",
            "by the 20th",
            "by Monday 9am");

    private static final List<String> BEFORE =
            List.of("hopefully", "ideally", "maybe", "probably", "tentatively", "no promises but", "fingers crossed");

    private static final List<String> AFTER = List.of(
            "hopefully",
            "ideally",
            "if possible",
            "if I can",
            "if all goes well",
            "or so",
            "give or take",
            "fingers crossed",
            "at the earliest",
            "probably");

    private static final List<String> VAGUE = List.of(
            "in the next few days",
            "in a few days",
            "in the coming days",
            "over the next few days",
            "in a day or two",
            "in the next day or two",
            "in the next couple of weeks",
            "over the next couple of weeks",
            "in a couple of weeks",
            "over the next week",
            "within the week",
            "sometime this week",
            "later this week",
            "early next week",
            "mid next week",
            "midweek",
            "late next week",
            "early next month",
            "mid next month",
            "late next month",
            "mid-December",
            "in early March",
            "late January",
            "start of next week",
            "beginning of next week",
            "the middle of next month");

    private static final List<String> OPEN = List.of("soon", "ASAP", "sometime", "when I can", "at some point");

    @Property(tries = 400)
    void aHedgeBeforeADeadlineAimsAtIt(
            @ForAll("moments") LocalDateTime now,
            @ForAll("zones") String zone,
            @ForAll("deadlines") String deadline,
            @ForAll("before") String hedge) {
        assertAimsAt(
                read("send the deck " + hedge + " " + deadline, now, zone),
                read("send the deck " + deadline, now, zone));
    }

    @Property(tries = 400)
    void aHedgeAfterADeadlineAimsAtIt(
            @ForAll("moments") LocalDateTime now,
            @ForAll("zones") String zone,
            @ForAll("deadlines") String deadline,
            @ForAll("after") String hedge) {
        assertAimsAt(
                read("send the deck " + deadline + " " + hedge, now, zone),
                read("send the deck " + deadline, now, zone));
    }

    @Property(tries = 400)
    void vagueWordsThatNameAPeriodAreSoftWithATargetAhead(
            @ForAll("moments") LocalDateTime now, @ForAll("zones") String zone, @ForAll("vague") String phrase) {
        PromiseReading reading = read("send Acme the deck " + phrase, now, zone);

        assertThat(reading).as(phrase).isInstanceOf(PromiseReading.Parsed.class);
        PromiseDraft draft = ((PromiseReading.Parsed) reading).draft();
        assertThat(draft.what()).as(phrase).isEqualTo("send Acme the deck");
        assertThat(draft.deadline()).as(phrase).isInstanceOf(Deadline.Soft.class);
        Optional<Instant> target = ((Deadline.Soft) draft.deadline()).target();
        assertThat(target).as(phrase).isPresent();
        assertThat(target.get()).as(phrase).isAfter(now.atZone(ZoneId.of(zone)).toInstant());
    }

    @Property(tries = 100)
    void openWordsAreSoftWithNoTarget(
            @ForAll("moments") LocalDateTime now, @ForAll("zones") String zone, @ForAll("open") String phrase) {
        PromiseReading reading = read("send the deck " + phrase, now, zone);

        assertThat(reading).isInstanceOf(PromiseReading.Parsed.class);
        assertThat(((PromiseReading.Parsed) reading).draft().deadline())
                .isEqualTo(new Deadline.Soft(Optional.empty(), phrase));
    }

    /** decisions12.md, worked out here from the calendar alone. */
    @Property(tries = 500)
    void nextWeekdayAsksWhenTheComingOneIsCloseAndStillInAnotherWeek(
            @ForAll("moments") LocalDateTime now, @ForAll("zones") String zone, @ForAll DayOfWeek day) {
        String name = day.getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
        PromiseReading reading = read("send the deck next " + name, now, zone);

        LocalDate today = now.toLocalDate();
        LocalDate thisWeeks = today.with(day);
        LocalDate coming = today.with(TemporalAdjusters.next(day));
        List<LocalDate> expected;
        if (thisWeeks.isAfter(today)) {
            expected = List.of(thisWeeks, thisWeeks.plusWeeks(1));
        } else if (ChronoUnit.DAYS.between(today, coming) <= 2) {
            expected = List.of(coming, coming.plusWeeks(1));
        } else {
            expected = List.of(coming);
        }
        assertThat(days(reading, ZoneId.of(zone))).as(now + " next " + name).isEqualTo(expected);
    }

    @Test
    void aHedgeOnAPassedDeadlineIsStillRefused() {
        LocalDateTime evening = LocalDateTime.of(2026, 11, 24, 18, 30);
        for (String zone : ZONES) {
            PromiseReading plain = read("send the deck by today", evening, zone);
            PromiseReading hedged = read("send the deck hopefully by today", evening, zone);

            assertThat(plain).isInstanceOf(PromiseReading.Invalid.class);
            assertThat(hedged).isEqualTo(plain);
        }
    }

    @Test
    void hedgeWordsInTheTaskStayInTheTask() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0);
        for (String text : List.of(
                "talk about pricing by Friday",
                "send roughly 20 samples by Friday",
                "ask about 3 licences by Friday",
                "review the target account plan by Friday",
                "send the probably final deck by Friday",
                "try the new template by Friday")) {
            PromiseReading reading = read(text, now, "Europe/London");

            assertThat(reading).as(text).isInstanceOf(PromiseReading.Parsed.class);
            PromiseDraft draft = ((PromiseReading.Parsed) reading).draft();
            assertThat(draft.what()).as(text).isEqualTo(text.substring(0, text.indexOf(" by Friday")));
            assertThat(draft.deadline()).as(text).isInstanceOf(Deadline.Hard.class);
        }
    }

    // Only a hang guard against a reading that grows out of hand; how fast parsing is belongs to
    // bench/ParseBenchmark, not to an assertion here.
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @Test
    void longRunsOfHedgeWordsComeBackAsAReading() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 23, 10, 0);
        for (String word : List.of("hopefully ", "around ", "~", "about 3 ", "Friday-ish ", "in the next ", "mid ")) {
            String text = "send the deck " + word.repeat(1000 / word.length());

            PromiseReading reading = read(text, now, "America/New_York");

            assertThat(reading).as(word).isNotNull();
            if (reading instanceof PromiseReading.Invalid invalid) {
                assertThat(invalid.reason()).as(word).doesNotStartWith("Sorry, I couldn't read that");
            }
        }
    }

    private static void assertAimsAt(PromiseReading hedged, PromiseReading plain) {
        if (plain instanceof PromiseReading.Invalid) {
            assertThat(hedged).isEqualTo(plain);
            return;
        }
        assertThat(hedged).isInstanceOf(PromiseReading.Parsed.class);
        PromiseDraft draft = ((PromiseReading.Parsed) hedged).draft();
        assertThat(draft.what()).isEqualTo("send the deck");
        assertThat(draft.deadline()).isInstanceOf(Deadline.Soft.class);
        Instant aim = plain instanceof PromiseReading.Ambiguous ambiguous
                ? ambiguous.readings().stream()
                        .map(deadline -> ((Deadline.Hard) deadline).due())
                        .min(Comparator.naturalOrder())
                        .orElseThrow()
                : ((Deadline.Hard) ((PromiseReading.Parsed) plain).draft().deadline()).due();
        assertThat(((Deadline.Soft) draft.deadline()).target()).contains(aim);
    }

    private static List<LocalDate> days(PromiseReading reading, ZoneId zone) {
        List<Deadline> deadlines = reading instanceof PromiseReading.Ambiguous ambiguous
                ? ambiguous.readings()
                : List.of(((PromiseReading.Parsed) reading).draft().deadline());
        return deadlines.stream()
                .map(deadline -> ZonedDateTime.ofInstant(((Deadline.Hard) deadline).due(), zone)
                        .toLocalDate())
                .toList();
    }

    private static PromiseReading read(String text, LocalDateTime now, String zone) {
        ZoneId zoneId = ZoneId.of(zone);
        Clock clock = Clock.fixed(now.atZone(zoneId).toInstant(), zoneId);
        Locale locale = zone.startsWith("America") ? Locale.US : Locale.UK;
        return new PromiseParser(clock).read(text, DeadlineContext.of(zoneId, locale));
    }

    @Provide
    Arbitrary<LocalDateTime> moments() {
        return Arbitraries.integers()
                .between(0, 2 * 365 * 24 * 4)
                .map(quarterHours -> LocalDateTime.of(LocalDate.of(2026, 1, 1), LocalTime.MIDNIGHT)
                        .plusMinutes(15L * quarterHours));
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<String> deadlines() {
        return Arbitraries.of(DEADLINES);
    }

    @Provide
    Arbitrary<String> before() {
        return Arbitraries.of(BEFORE);
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of(AFTER);
    }

    @Provide
    Arbitrary<String> vague() {
        return Arbitraries.of(VAGUE);
    }

    @Provide
    Arbitrary<String> open() {
        return Arbitraries.of(OPEN);
    }
}
