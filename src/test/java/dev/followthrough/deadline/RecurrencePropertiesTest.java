package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the rule, zone and start: occurrences fall on the rule's days, skip none, and keep their local time. */
class RecurrencePropertiesTest {

    @Property(tries = 400)
    void occurrencesFallOnTheRulesDaysInOrderSkippingNone(
            @ForAll("rules") Recurrence rule, @ForAll("starts") Instant now, @ForAll("zones") ZoneId zone) {
        var schedule = Schedule.starting(rule, LocalTime.of(17, 0), zone, now, "every");
        assertThat(schedule.dueOn(schedule.anchor())).isAfter(now);
        var day = schedule.anchor();
        for (int occurrence = 0; occurrence < 30; occurrence++) {
            var next = schedule.after(day);
            assertThat(next).isAfter(day);
            assertThat(rule.falls(next, schedule.anchor())).isTrue();
            for (var between = day.plusDays(1); between.isBefore(next); between = between.plusDays(1)) {
                assertThat(rule.falls(between, schedule.anchor()))
                        .as(between + " skipped")
                        .isFalse();
            }
            day = next;
        }
    }

    @Property(tries = 300)
    void aDstChangeMovesNoOccurrencesLocalTime(
            @ForAll("rules") Recurrence rule,
            @ForAll("starts") Instant now,
            @ForAll("zones") ZoneId zone,
            @ForAll("times") LocalTime time) {
        var schedule = Schedule.starting(rule, time, zone, now, "every");
        var day = schedule.anchor();
        for (int occurrence = 0; occurrence < 60; occurrence++) {
            var local = schedule.dueOn(day).atZone(zone).toLocalDateTime();
            var skippedByTheClocks =
                    zone.getRules().getValidOffsets(day.atTime(time)).isEmpty();
            if (!skippedByTheClocks) {
                assertThat(local).isEqualTo(day.atTime(time));
            } else {
                // A time the clocks jump over is the first one after the jump, that same day.
                assertThat(local.toLocalDate()).isEqualTo(day);
                assertThat(local.toLocalTime()).isAfter(time);
            }
            day = schedule.after(day);
        }
    }

    @Property(tries = 200)
    void theNextOccurrenceAheadIsAfterNow(
            @ForAll("rules") Recurrence rule, @ForAll("starts") Instant now, @ForAll("zones") ZoneId zone) {
        var schedule = Schedule.starting(rule, LocalTime.of(9, 30), zone, now, "every");
        var later = now.plusSeconds(86_400L * 45);

        var next = schedule.nextAhead(schedule.anchor(), later);

        assertThat(schedule.dueOn(next)).isAfter(later);
        for (var day = schedule.after(schedule.anchor()); day.isBefore(next); day = schedule.after(day)) {
            assertThat(schedule.dueOn(day))
                    .as("an occurrence passed over is one already past")
                    .isBeforeOrEqualTo(later);
        }
    }

    @Provide
    Arbitrary<Recurrence> rules() {
        Arbitrary<Set<DayOfWeek>> days =
                Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
        Arbitrary<Recurrence> weekly =
                Combinators.combine(days, Arbitraries.integers().between(1, 2)).as(Recurrence.Weekly::new);
        Arbitrary<Recurrence> monthDay = Arbitraries.integers().between(1, 31).map(Recurrence.MonthDay::new);
        Arbitrary<Recurrence> monthWeekday = Combinators.combine(
                        Arbitraries.of(-1, 1, 2, 3, 4), Arbitraries.of(DayOfWeek.class))
                .as(Recurrence.MonthWeekday::new);
        Arbitrary<Recurrence> periodEnd = Arbitraries.of(true, false)
                .map(quarter -> new Recurrence.PeriodEnd(quarter, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        return Arbitraries.oneOf(weekly, monthDay, monthWeekday, periodEnd);
    }

    @Provide
    Arbitrary<Instant> starts() {
        var from = LocalDate.of(2024, 1, 1).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
        return Arbitraries.longs().between(from, from + 86_400L * 365 * 4).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC")
                .map(ZoneId::of);
    }

    @Provide
    Arbitrary<LocalTime> times() {
        return Arbitraries.of(LocalTime.of(2, 30), LocalTime.of(1, 30), LocalTime.of(9, 0), LocalTime.of(17, 0));
    }
}
