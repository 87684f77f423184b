package dev.followthrough.platform.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When something weekly is due, on the wall clock of its zone. */
class WeeklyMomentTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final WeeklyMoment mondayAtNine = new WeeklyMoment(DayOfWeek.MONDAY, LocalTime.of(9, 0), NEW_YORK);

    @Test
    void thisWeeksMomentIsInTheIsoWeekOfNowInItsZone() {
        // Sunday 29 November, 23:30 in New York, is already Monday in UTC: still last week there.
        var sundayNight = Instant.parse("2026-11-30T04:30:00Z");

        assertThat(mondayAtNine.thisWeeks(sundayNight)).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(mondayAtNine.weekOf(sundayNight)).isEqualTo("2026-W48");
    }

    @Test
    void theFirstMomentFromAnInstantIsThisWeeksUntilItPassesThenNextWeeks() {
        assertThat(mondayAtNine.firstFrom(Instant.parse("2026-11-23T13:59:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(mondayAtNine.firstFrom(Instant.parse("2026-11-23T14:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(mondayAtNine.firstFrom(Instant.parse("2026-11-23T14:01:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T14:00:00Z"));
    }

    @Test
    void theMomentFollowsTheWallClockAcrossAClockChange() {
        // New York falls back on Sunday 1 November 2026: Monday 09:00 is 13:00 UTC before, 14:00 after.
        assertThat(mondayAtNine.firstFrom(Instant.parse("2026-10-26T13:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
    }
}
