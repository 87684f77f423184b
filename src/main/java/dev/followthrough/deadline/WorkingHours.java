package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a user works: the days, the hours, and the end of their working day (what a date without
 * a time means).
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, LocalTime endOfDay) {

    public static final WorkingHours DEFAULT = new WorkingHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            LocalTime.of(17, 0));

    public WorkingHours {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one working day is needed");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("the working day must start before it ends");
        }
        days = Set.copyOf(days);
    }

    /**
     * The first moment at or after {@code t} inside working hours in {@code zone}: {@code t} itself
     * when it is inside, else the start of the next working day's hours. A start that falls in a DST
     * gap moves later by the gap, like any wall time.
     */
    public Instant nextWorkingMoment(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (days.contains(day.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end)) {
            return t;
        }
        if (!days.contains(day.getDayOfWeek()) || !time.isBefore(start)) {
            day = day.plusDays(1);
        }
        while (!days.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        Instant opening = ZonedDateTime.of(day, start, zone).toInstant();
        return opening.isBefore(t) ? t : opening;
    }

    /** The start of the first working day on or after {@code date}: "tomorrow morning" and the like. */
    public Instant morningOf(LocalDate date, ZoneId zone) {
        return nextWorkingMoment(date.atTime(start).atZone(zone).toInstant(), zone);
    }

    /**
     * The moment {@code amount} of working time after {@code t} in {@code zone}: time outside the
     * working days and hours doesn't count, so 24 working hours from a Friday afternoon end on a
     * Wednesday. Zero is the first working moment at or after {@code t}.
     */
    public Instant afterWorkingTime(Instant t, Duration amount, ZoneId zone) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add must not be negative");
        }
        var moment = nextWorkingMoment(t, zone);
        var left = amount;
        while (true) {
            var closing = ZonedDateTime.of(moment.atZone(zone).toLocalDate(), end, zone)
                    .toInstant();
            var today = Duration.between(moment, closing);
            if (left.compareTo(today) < 0) {
                return moment.plus(left);
            }
            left = left.minus(today);
            if (left.isZero()) {
                return closing;
            }
            moment = nextWorkingMoment(closing, zone);
        }
    }
}
