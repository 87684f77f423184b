package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Period ends, spans and anchored days, checked where a phrase row can't say it. */
class PeriodEndsTest {

    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("America/New_York"),
            ZoneId.of("Europe/London"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("America/Los_Angeles"));

    private record Ending(String phrase, CalendarPeriod period) {}

    private static final List<Ending> ENDINGS = List.of(
            new Ending("EOW", CalendarPeriod.WEEK),
            new Ending("by E.O.W.", CalendarPeriod.WEEK),
            new Ending("by the weekend", CalendarPeriod.WEEK),
            new Ending("by month-end", CalendarPeriod.MONTH),
            new Ending("e.o.m", CalendarPeriod.MONTH),
            new Ending("EOQ", CalendarPeriod.QUARTER),
            new Ending("by the end of the quarter", CalendarPeriod.QUARTER),
            new Ending("by quarter end", CalendarPeriod.QUARTER),
            new Ending("by the end of the half", CalendarPeriod.HALF),
            new Ending("by year-end", CalendarPeriod.YEAR),
            new Ending("before the year is out", CalendarPeriod.YEAR));

    /**
     * "EOQ" and its kin, said at any moment: the end of the working day on the period's last working
     * day; refused only on a working day once that has passed; else the next period's.
     */
    @Property(tries = 2000)
    void aPeriodEndIsTheEndOfItsLastWorkingDay(
            @ForAll("moments") LocalDateTime now, @ForAll("zones") ZoneId zone, @ForAll("endings") Ending ending) {
        ZonedDateTime at = now.atZone(zone);
        PromiseReading reading = new PromiseParser(Clock.fixed(at.toInstant(), zone))
                .read("send the deck " + ending.phrase(), DeadlineContext.of(zone, Locale.UK));
        Moment moment = new Moment(at, DeadlineContext.of(zone, Locale.UK));
        LocalDate thisPeriods = moment.lastWorkingDayOf(ending.period(), at.toLocalDate());
        boolean over = !moment.isAhead(moment.endOfDay(thisPeriods));

        if (over && moment.isWorkingDay(at.toLocalDate())) {
            assertThat(reading).isInstanceOf(PromiseReading.Invalid.class);
            return;
        }
        assertThat(reading).isInstanceOf(PromiseReading.Parsed.class);
        Deadline.Hard hard =
                (Deadline.Hard) ((PromiseReading.Parsed) reading).draft().deadline();
        ZonedDateTime due = hard.due().atZone(zone);
        LocalDate expected = over
                ? moment.lastWorkingDayOf(ending.period(), ending.period().later(at.toLocalDate(), 1))
                : thisPeriods;
        assertThat(due.toLocalDate()).isEqualTo(expected);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(moment.isWorkingDay(expected)).isTrue();
        assertThat(due.toInstant()).isAfter(at.toInstant());
    }

    @Provide
    Arbitrary<LocalDateTime> moments() {
        return Arbitraries.longs()
                .between(0, Duration.ofDays(366 * 10).toMinutes())
                .map(minutes -> LocalDateTime.of(2022, 1, 1, 0, 0).plusMinutes(minutes));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Provide
    Arbitrary<Ending> endings() {
        return Arbitraries.of(ENDINGS);
    }

    @Test
    void calendarPeriodsEndWhereTheCalendarSays() {
        LocalDate leapFebruary = LocalDate.of(2028, 2, 10);
        assertThat(CalendarPeriod.MONTH.lastDay(leapFebruary)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(CalendarPeriod.QUARTER.lastDay(leapFebruary)).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(CalendarPeriod.QUARTER.lastDay(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(CalendarPeriod.QUARTER.lastDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(CalendarPeriod.QUARTER.lastDay(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(CalendarPeriod.HALF.lastDay(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(CalendarPeriod.HALF.lastDay(LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(CalendarPeriod.YEAR.lastDay(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(CalendarPeriod.WEEK.lastDay(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void dottedAbbreviationsReadAsTheirLetters() {
        assertThat(Tokenizer.normalise("E.O.W.")).isEqualTo("eow");
        assertThat(Tokenizer.normalise("e.o.q")).isEqualTo("eoq");
        assertThat(Tokenizer.normalise("C.O.B.,")).isEqualTo("cob");
        assertThat(Tokenizer.normalise("i.e.")).isEqualTo("i.e");
        assertThat(Tokenizer.normalise("U.S.")).isEqualTo("u.s");
    }

    @Test
    void numberWordsGoUpToNinetyNine() {
        assertThat(count("ninety-nine")).isEqualTo(99);
        assertThat(count("twenty five")).isEqualTo(25);
        assertThat(count("forty-five")).isEqualTo(45);
        assertThat(count("thirteen")).isEqualTo(13);
        assertThat(count("twenty a")).isEqualTo(20);
        assertThat(Quantity.read(Tokenizer.tokens("2.5"), 0).orElseThrow().hundredths())
                .isEqualTo(50);
        assertThat(Quantity.read(Tokenizer.tokens("two and a half"), 0)
                        .orElseThrow()
                        .hundredths())
                .isEqualTo(50);
    }

    // Only a hang guard against a blow-up; the benchmark (bench/ParseBenchmark) measures speed.
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @Test
    void aLongRunOfSpanWordsComesBackAsAReading() {
        String text = "send the deck in " + "an hour and a half and ".repeat(45) + "2 hours 30 minutes";
        PromiseParser parser = new PromiseParser(Clock.systemUTC());
        DeadlineContext context = DeadlineContext.of(ZoneId.of("Europe/London"), Locale.UK);

        assertThat(parser.read(text, context)).isInstanceOf(PromiseReading.Parsed.class);
    }

    private static int count(String words) {
        return Quantity.read(Tokenizer.tokens(words), 0).orElseThrow().count();
    }
}
