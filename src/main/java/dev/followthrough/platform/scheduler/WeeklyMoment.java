package dev.followthrough.platform.scheduler;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A day of the week and a wall-clock time in a zone: when something weekly is due. Weeks are ISO
 * weeks (Monday to Sunday) in that zone, so a DST change moves the moment with the clocks on the
 * wall. A time that doesn't exist that day (skipped by a spring-forward) is moved later by the
 * gap; one that happens twice (autumn) is the first.
 */
public record WeeklyMoment(DayOfWeek day, LocalTime time, ZoneId zone) {

    /** The moment of the ISO week {@code anyDay} is in. */
    public Instant inWeekOf(LocalDate anyDay) {
        var onDay =
                anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
        return onDay.atTime(time).atZone(zone).toInstant();
    }

    /** The moment of the ISO week {@code now} falls in, in this moment's zone. */
    public Instant thisWeeks(Instant now) {
        return inWeekOf(now.atZone(zone).toLocalDate());
    }

    /** The first moment at or after {@code instant}. */
    public Instant firstFrom(Instant instant) {
        var thisWeeks = thisWeeks(instant);
        return thisWeeks.isBefore(instant)
                ? inWeekOf(instant.atZone(zone).toLocalDate().plusWeeks(1))
                : thisWeeks;
    }

    /** The ISO week {@code now} falls in, in this moment's zone, as {@link #weekLabel} writes it. */
    public String weekOf(Instant now) {
        return weekLabel(now.atZone(zone).toLocalDate());
    }

    /** "2026-W48": ISO week-based year and week. */
    public static String weekLabel(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
