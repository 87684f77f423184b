package dev.followthrough.digest;

import dev.followthrough.platform.scheduler.WeeklyMoment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a user's weekly digest is due: their digest day and time in their own zone, as a {@link
 * WeeklyMoment} (ISO weeks, DST followed as the wall clock does).
 */
final class DigestSchedule {

    /** What the sweep does with a user now. */
    sealed interface Plan {}

    /** Send this week's digest, then look again at {@code next}. */
    record Send(String week, Instant next) implements Plan {}

    /** Nothing yet: look again at {@code next}. */
    record Wait(Instant next) implements Plan {}

    private DigestSchedule() {}

    /**
     * Due once this week's moment has passed, unless this week's digest went out already. Someone
     * Followthrough first met after this week's moment gets their first digest next week, not
     * seconds after their first promise.
     */
    static Plan plan(Instant now, ZoneId zone, DigestSettings settings, Optional<String> lastWeek, Instant knownSince) {
        var today = now.atZone(zone).toLocalDate();
        var week = weekLabel(today);
        var nextWeeks = moment(today.plusWeeks(1), zone, settings);
        if (lastWeek.filter(week::equals).isPresent()) {
            return new Wait(nextWeeks);
        }
        var thisWeeks = moment(today, zone, settings);
        if (now.isBefore(thisWeeks)) {
            return new Wait(thisWeeks);
        }
        if (lastWeek.isEmpty() && knownSince.isAfter(thisWeeks)) {
            return new Wait(nextWeeks);
        }
        return new Send(week, nextWeeks);
    }

    /** The digest moment of the ISO week {@code anyDay} is in. */
    static Instant moment(LocalDate anyDay, ZoneId zone, DigestSettings settings) {
        return new WeeklyMoment(settings.day(), settings.time(), zone).inWeekOf(anyDay);
    }

    /** "2026-W48": ISO week-based year and week. */
    static String weekLabel(LocalDate day) {
        return WeeklyMoment.weekLabel(day);
    }

    /** The outbox key of a user's weekly digest: one per user and ISO week, ever. */
    static String weeklyKey(String userId, String week) {
        return "digest:" + userId + ":" + week;
    }
}
