package dev.followthrough.settings;

import dev.followthrough.user.UserStore;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** These settings as the user store writes them. */
    UserStore.SettingsRow row(String teamId, String userId) {
        return new UserStore.SettingsRow(
                teamId,
                userId,
                leadTimes.stream().map(lead -> (int) lead.toMinutes()).toArray(Integer[]::new),
                workDays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")),
                workStart,
                workEnd,
                endOfDay,
                digest.day().name(),
                digest.time(),
                digest.whenEmpty());
    }

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
