package dev.followthrough.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A day as named, before it is placed on the calendar relative to now. */
sealed interface DaySpec {

    /** Today, tomorrow, the day after: {@code days} from today. */
    record Offset(int days, String name) implements DaySpec {}

    /** A weekday, and which one of them is meant. */
    record Weekday(DayOfWeek day, Which which) implements DaySpec {}

    enum Which {
        /** "Friday", "this Friday": the nearest one ahead. */
        NEAREST,
        /** "this Friday" said on a Friday: today, or refused once past. */
        THIS,
        /** "next Friday": this week's or next week's. */
        NEXT,
        /** "this coming Friday": the first one after today. */
        COMING,
        /** "Friday next week". */
        OF_NEXT_WEEK
    }

    /**
     * "Monday week", "a week from Monday", "two weeks from Friday": the first {@code day} after
     * today, then {@code weeks} weeks on.
     */
    record WeeksAfter(DayOfWeek day, int weeks) implements DaySpec {}

    /** A day already gone ("yesterday", "last Friday"), named as typed. */
    record Gone(String name) implements DaySpec {}

    /** A month and day, with the year when one was typed (0 when not). */
    record MonthDay(int month, int day, int year) implements DaySpec {}

    /** "the 15th": the next 15th to come. */
    record DayOfMonth(int day) implements DaySpec {}

    /** "12/3": month/day or day/month depending on where the owner is from. */
    record Slashed(int first, int second, int year) implements DaySpec {}

    /** "2026-12-03"; {@code date} is null when the typed date doesn't exist. */
    record Exact(LocalDate date, String typed) implements DaySpec {}
}
