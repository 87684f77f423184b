package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.LocalTime;
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
}
