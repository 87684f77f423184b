package dev.followthrough.chaos;

import dev.followthrough.support.SlackStandIn;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Who sends the run's commands, from which channels, and in which time zones: zones where the
 * whole run and the hour after it are well inside working hours (or, at a weekend, well outside
 * them), so every one-hour nudge falls exactly an hour before its deadline and the run can tell
 * when it is due without re-implementing working hours.
 */
record ChaosUsers(List<String> userIds, List<String> channelIds, List<ZoneId> zones) {

    /** The user the "owed to me" promises name. */
    static final String COUNTERPARTY = "U0CHAOS99";

    private static final LocalTime EARLIEST = LocalTime.of(10, 30);
    private static final LocalTime LATEST = LocalTime.of(15, 30);

    static ChaosUsers of(int count, Instant now) {
        var users = new ArrayList<String>();
        var channels = new ArrayList<String>();
        var zones = suitableZones(now);
        for (var index = 0; index < count; index++) {
            users.add(String.format("U0CHAOS%02d", index + 1));
            channels.add(String.format("C0CHAOS%02d", index % 4 + 1));
        }
        return new ChaosUsers(List.copyOf(users), List.copyOf(channels), zones);
    }

    /** Tells the Slack stand-in each user's zone, as users.info would. */
    void register(SlackStandIn slack) {
        for (var index = 0; index < userIds.size(); index++) {
            slack.user(userIds.get(index), zoneOf(index).getId(), "en-US");
        }
    }

    ZoneId zoneOf(int userIndex) {
        return zones.get(userIndex % zones.size());
    }

    String pickUser(RandomGenerator random) {
        return userIds.get(random.nextInt(userIds.size()));
    }

    /** The channel a user's channel promises are made in. */
    String channelOf(String userId) {
        return channelIds.get(userIds.indexOf(userId));
    }

    /** The user's DM with the app. */
    static String directMessageOf(String userId) {
        return "D" + userId.substring(1);
    }

    /** Whole-hour zones where it is now between 10:30 and 15:30 on a weekday, else at a weekend. */
    private static List<ZoneId> suitableZones(Instant now) {
        var weekdays = new ArrayList<ZoneId>();
        var weekend = new ArrayList<ZoneId>();
        for (var hours = -12; hours <= 14; hours++) {
            var local = now.atOffset(ZoneOffset.ofHours(hours));
            var time = local.toLocalTime();
            if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
                continue;
            }
            // Etc/GMT signs are inverted: Etc/GMT+5 is UTC-5.
            var zone = ZoneId.of(hours == 0 ? "Etc/UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours));
            var day = local.getDayOfWeek();
            (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? weekend : weekdays).add(zone);
        }
        var zones = weekdays.isEmpty() ? weekend : weekdays;
        if (zones.isEmpty()) {
            throw new IllegalStateException("No whole-hour zone has " + now + " between 10:30 and 15:30");
        }
        return List.copyOf(zones);
    }
}
