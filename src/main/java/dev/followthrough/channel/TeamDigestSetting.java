package dev.followthrough.channel;

import dev.followthrough.platform.scheduler.WeeklyMoment;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A channel's weekly team digest: whether it comes, on which day and at what time in the zone of
 * whoever set it, and where it goes (the channel, or a DM to {@code toUserId}).
 *
 * @param since when it was last turned on or moved: a week whose moment came before that is skipped
 */
record TeamDigestSetting(
        boolean on,
        DayOfWeek day,
        LocalTime time,
        Optional<ZoneId> zone,
        Optional<String> toUserId,
        Optional<Instant> since) {

    static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    static final TeamDigestSetting OFF = new TeamDigestSetting(
            false, DEFAULT_DAY, DEFAULT_TIME, Optional.empty(), Optional.empty(), Optional.empty());

    /** On, as it was otherwise, in {@code zone} (the person turning it on) from {@code now}. */
    TeamDigestSetting turnedOn(ZoneId zone, Instant now) {
        return new TeamDigestSetting(true, day, time, Optional.of(zone), toUserId, Optional.of(now));
    }

    TeamDigestSetting turnedOff(Instant now) {
        return new TeamDigestSetting(false, day, time, zone, toUserId, Optional.of(now));
    }

    TeamDigestSetting at(DayOfWeek newDay, LocalTime newTime) {
        return new TeamDigestSetting(on, newDay, newTime, zone, toUserId, since);
    }

    /** To a DM of {@code userId}, or (empty) to the channel. */
    TeamDigestSetting to(Optional<String> userId) {
        return new TeamDigestSetting(on, day, time, zone, userId, since);
    }

    /** When it comes, once it is on. */
    Optional<WeeklyMoment> moment() {
        return on ? zone.map(inZone -> new WeeklyMoment(day, time, inZone)) : Optional.empty();
    }
}
