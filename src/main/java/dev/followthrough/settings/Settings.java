package dev.followthrough.settings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What a user can set: when they hear before a deadline, and when they work. */
record Settings(
        List<Duration> leadTimes,
        Set<DayOfWeek> workDays,
        LocalTime workStart,
        LocalTime workEnd,
        LocalTime endOfDay,
        Digest digest) {

    /** When the weekly digest comes, and whether a quiet week still gets one. */
    record Digest(DayOfWeek day, LocalTime time, boolean whenEmpty) {}

    /** The lead times offered, longest first. */
    static final List<Duration> OFFERED_LEAD_TIMES = List.of(
            Duration.ofDays(7),
            Duration.ofDays(2),
            Duration.ofDays(1),
            Duration.ofHours(4),
            Duration.ofHours(1),
            Duration.ofMinutes(15));

    static String label(Duration lead) {
        if (lead.toDays() >= 1) {
            return lead.toDays() == 7
                    ? "1 week before"
                    : lead.toDays() + (lead.toDays() == 1 ? " day" : " days") + " before";
        }
        if (lead.toHours() >= 1) {
            return lead.toHours() + (lead.toHours() == 1 ? " hour" : " hours") + " before";
        }
        return lead.toMinutes() + " minutes before";
    }
}
