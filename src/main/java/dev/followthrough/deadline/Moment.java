package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** The instant a promise is read, seen from its owner's zone, locale and working hours. */
record Moment(ZonedDateTime now, DeadlineContext context) {

    LocalDate today() {
        return now.toLocalDate();
    }

    WorkingHours hours() {
        return context.workingHours();
    }

    /** A wall time on a day; one that falls in a DST gap moves later, an overlap takes the earlier offset. */
    Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, context.zone()).toInstant();
    }

    Instant endOfDay(LocalDate date) {
        return at(date, hours().endOfDay());
    }

    boolean isAhead(Instant instant) {
        return instant.isAfter(now.toInstant());
    }

    boolean isWorkingDay(LocalDate date) {
        return hours().days().contains(date.getDayOfWeek());
    }

    /** The last working day of the week (Monday to Sunday) holding {@code date}. */
    LocalDate lastWorkingDayOfWeek(LocalDate date) {
        LocalDate day = date.with(DayOfWeek.SUNDAY);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    LocalDate lastWorkingDayOfMonth(LocalDate date) {
        LocalDate day = date.with(TemporalAdjusters.lastDayOfMonth());
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The last working day of the period holding {@code date}: the period's end, as "EOQ" or "year-end" mean it. */
    LocalDate lastWorkingDayOf(CalendarPeriod period, LocalDate date) {
        LocalDate day = period.lastDay(date);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
