package dev.followthrough.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;

/**
 * The instant a promise is read, seen from its owner's zone, locale and working hours. {@code today}
 * is the calendar day words like "tomorrow" count from: the zone's own, unless read on another's.
 */
record Moment(ZonedDateTime now, DeadlineContext context, LocalDate today) {

    Moment(ZonedDateTime now, DeadlineContext context) {
        this(now, context, now.toLocalDate());
    }

    /** The same instant seen from {@code zone}, on that zone's calendar; same locale and working hours. */
    Moment in(ZoneId zone) {
        ZonedDateTime there = now.withZoneSameInstant(zone);
        return new Moment(there, new DeadlineContext(zone, context.locale(), context.workingHours()));
    }

    /** The same instant seen from {@code zone}, but counting days from this moment's calendar day. */
    Moment inOnThisDay(ZoneId zone) {
        Moment there = in(zone);
        return new Moment(there.now(), there.context(), today);
    }

    WorkingHours hours() {
        return context.workingHours();
    }

    /** A wall time on a day as one instant; one that falls in a DST gap moves later, an overlap takes the earlier offset. */
    Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, context.zone()).toInstant();
    }

    /**
     * Every instant a wall time names: one, or two at a DST change (a time that doesn't exist read with
     * the offsets before and after the jump; a time that happens twice), earliest first.
     */
    List<Instant> readings(LocalDate date, LocalTime time) {
        LocalDateTime wall = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = context.zone().getRules().getValidOffsets(wall);
        if (offsets.size() == 1) {
            return List.of(wall.toInstant(offsets.get(0)));
        }
        Optional<ZoneOffsetTransition> change = clockChange(date, time);
        if (change.isEmpty()) {
            return List.of(at(date, time));
        }
        Instant one = wall.toInstant(change.get().getOffsetBefore());
        Instant other = wall.toInstant(change.get().getOffsetAfter());
        return one.isBefore(other) ? List.of(one, other) : List.of(other, one);
    }

    /** The DST change that makes a wall time happen never or twice, if any. */
    Optional<ZoneOffsetTransition> clockChange(LocalDate date, LocalTime time) {
        LocalDateTime wall = LocalDateTime.of(date, time);
        if (context.zone().getRules().getValidOffsets(wall).size() == 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.zone().getRules().getTransition(wall));
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
        return lastWorkingDayOf(CalendarPeriod.WEEK, date);
    }

    LocalDate lastWorkingDayOfMonth(LocalDate date) {
        return lastWorkingDayOf(CalendarPeriod.MONTH, date);
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
