package dev.followthrough.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a user's weekly digest is due. Weeks are ISO weeks (Monday to Sunday) in the user's own
 * zone; the moment is their digest day and time there, so a DST change moves it with the clocks
 * on the wall. A time that doesn't exist that day (skipped by a spring-forward) is moved later by
 * the gap; one that happens twice (autumn) is the first.
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
        var day = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .with(TemporalAdjusters.nextOrSame(settings.day()));
        return day.atTime(settings.time()).atZone(zone).toInstant();
    }

    /** "2026-W48": ISO week-based year and week. */
    static String weekLabel(LocalDate day) {
        return String.format(
                "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The outbox key of a user's weekly digest: one per user and ISO week, ever. */
    static String weeklyKey(String userId, String week) {
        return "digest:" + userId + ":" + week;
    }
}
