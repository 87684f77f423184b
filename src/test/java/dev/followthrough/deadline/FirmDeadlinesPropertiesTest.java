package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every firm deadline read from a generated phrase (a task, a day, a time, maybe a zone word) is ahead of now and on
 * the wall-clock time the phrase names, in the zone it names (the owner's when none), on the day it names; a time
 * that doesn't exist that day in that zone, or happens twice, doesn't come back as one firm deadline while both of
 * its readings are still ahead.
 */
class FirmDeadlinesPropertiesTest {

    @Property(tries = 2000)
    void everyFirmReadingIsAheadOnTheWallClockTimeAndDayItNames(@ForAll("phrases") GeneratedPhrase phrase) {
        ZoneId owner = phrase.owner();
        PromiseReading reading = new PromiseParser(Clock.fixed(phrase.now(), owner))
                .read(phrase.text(), DeadlineContext.of(owner, phrase.locale()));

        if (reading instanceof PromiseReading.Parsed parsed
                && parsed.draft().deadline() instanceof Deadline.Hard hard) {
            assertFirm(phrase, hard.due(), true);
        }
        if (reading instanceof PromiseReading.Ambiguous ambiguous) {
            for (Deadline deadline : ambiguous.readings()) {
                if (deadline instanceof Deadline.Hard hard) {
                    assertFirm(phrase, hard.due(), false);
                }
            }
        }
    }

    private static void assertFirm(GeneratedPhrase phrase, Instant due, boolean alone) {
        ZoneId zone = phrase.zone();
        LocalDateTime read = due.atZone(zone).toLocalDateTime();
        LocalDateTime named = read.toLocalDate().atTime(phrase.time().wallClock());
        String shown = phrase + ": read as " + due.atZone(zone).toOffsetDateTime();

        assertThat(due).as("ahead of now: " + shown).isAfter(phrase.now());
        assertDay(phrase, read.toLocalDate(), shown);
        Optional<ZoneOffsetTransition> gap = gap(named, zone);
        if (gap.isEmpty()) {
            assertThat(read.toLocalTime())
                    .as("on the wall-clock time named: " + shown)
                    .isEqualTo(named.toLocalTime());
            List<ZoneOffset> twice = zone.getRules().getValidOffsets(named);
            if (alone && twice.size() == 2) {
                assertThat(named.toInstant(twice.get(0)))
                        .as("a time that happens twice came back as one firm deadline, both ahead: " + shown)
                        .isBefore(phrase.now());
            }
            return;
        }
        Instant afterOffset = named.toInstant(gap.get().getOffsetAfter());
        Instant beforeOffset = named.toInstant(gap.get().getOffsetBefore());
        assertThat(due)
                .as("a time that doesn't exist, read with the offset before or after the change: " + shown)
                .isIn(afterOffset, beforeOffset);
        if (alone) {
            assertThat(afterOffset)
                    .as("a time that doesn't exist came back as one firm deadline, both readings ahead: " + shown)
                    .isBefore(phrase.now());
        }
    }

    private static Optional<ZoneOffsetTransition> gap(LocalDateTime wallClock, ZoneId zone) {
        return zone.getRules().getValidOffsets(wallClock).isEmpty()
                ? Optional.ofNullable(zone.getRules().getTransition(wallClock))
                : Optional.empty();
    }

    /** Relative day words may be the owner's calendar or the named zone's; named days are the zone's. */
    private static void assertDay(GeneratedPhrase phrase, LocalDate date, String shown) {
        LocalDate ownerToday = LocalDate.ofInstant(phrase.now(), phrase.owner());
        LocalDate zoneToday = LocalDate.ofInstant(phrase.now(), phrase.zone());
        GeneratedPhrase.Day day = phrase.day();
        switch (day.kind()) {
            case TODAY -> assertThat(date).as("today: " + shown).isIn(ownerToday, zoneToday);
            case TOMORROW ->
                assertThat(date).as("tomorrow: " + shown).isIn(ownerToday.plusDays(1), zoneToday.plusDays(1));
            case WEEKDAY -> {
                assertThat(date.getDayOfWeek())
                        .as("the weekday named: " + shown)
                        .isEqualTo(day.weekday());
                assertThat(ChronoUnit.DAYS.between(zoneToday, date))
                        .as("the coming one: " + shown)
                        .isBetween(0L, 7L);
            }
            case WEEKDAY_NEXT_WEEK -> {
                assertThat(date.getDayOfWeek())
                        .as("the weekday named: " + shown)
                        .isEqualTo(day.weekday());
                assertThat(weekStart(date))
                        .as("in next week: " + shown)
                        .isIn(
                                weekStart(ownerToday).plusWeeks(1),
                                weekStart(zoneToday).plusWeeks(1));
            }
            case DATE -> {
                assertThat(MonthDay.from(date)).as("the date named: " + shown).isEqualTo(day.date());
                assertThat(date.getYear())
                        .as("this year's or next: " + shown)
                        .isBetween(zoneToday.getYear(), zoneToday.getYear() + 1);
            }
        }
    }

    private static LocalDate weekStart(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Provide
    Arbitrary<GeneratedPhrase> phrases() {
        return GeneratedPhrases.all();
    }
}
