package dev.followthrough.user;

import dev.followthrough.deadline.DeadlineContext;
import dev.followthrough.deadline.WorkingHours;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** What Followthrough knows of a user: zone and locale from Slack, and their own settings. */
public record UserProfile(
        String teamId, String userId, ZoneId zone, Locale locale, WorkingHours workingHours, Instant fetchedAt) {

    /** How this user's deadlines are read. */
    public DeadlineContext deadlineContext() {
        return new DeadlineContext(zone, locale, workingHours);
    }
}
