package dev.followthrough.user;

import dev.followthrough.deadline.DeadlineContext;
import dev.followthrough.deadline.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** What Followthrough knows of a user: zone and locale from Slack, and their own settings. */
public record UserProfile(
        String teamId,
        String userId,
        ZoneId zone,
        Locale locale,
        WorkingHours workingHours,
        List<Duration> nudgeLeadTimes,
        Instant fetchedAt) {

    public static final List<Duration> DEFAULT_LEAD_TIMES = List.of(Duration.ofHours(24), Duration.ofHours(1));

    public UserProfile {
        nudgeLeadTimes = List.copyOf(nudgeLeadTimes);
    }

    /**
     * What is assumed of a user Slack hasn't described yet: {@code zone}, US English, the default
     * working hours and lead times.
     */
    public static UserProfile assumed(String teamId, String userId, ZoneId zone, Instant at) {
        return new UserProfile(teamId, userId, zone, Locale.US, WorkingHours.DEFAULT, DEFAULT_LEAD_TIMES, at);
    }

    /** How this user's deadlines are read. */
    public DeadlineContext deadlineContext() {
        return new DeadlineContext(zone, locale, workingHours);
    }

    /** The start of this user's working day {@code days} after the day {@code now} falls on. */
    public Instant morningAfter(Instant now, int days) {
        return workingHours.morningOf(now.atZone(zone).toLocalDate().plusDays(days), zone);
    }
}
