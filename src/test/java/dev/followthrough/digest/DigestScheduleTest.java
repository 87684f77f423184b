package dev.followthrough.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each user's digest moment is their day and local time, across zones and DST changes. */
class DigestScheduleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant KNOWN_SINCE = Instant.parse("2026-10-01T12:00:00Z");

    @Test
    void mondayNineIsEachZonesOwnMondayNine() {
        var monday = LocalDate.parse("2026-11-25");
        assertThat(DigestSchedule.moment(monday, NEW_YORK, DigestSettings.DEFAULT))
                .isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(DigestSchedule.moment(monday, TOKYO, DigestSettings.DEFAULT))
                .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void theMomentFollowsTheWallClockThroughADaylightSavingChange() {
        var sunday = new DigestSettings(DayOfWeek.SUNDAY, LocalTime.of(9, 0), true);
        // New York falls back on Sunday 1 November 2026 at 02:00: 09:00 that day is EST.
        assertThat(DigestSchedule.moment(LocalDate.parse("2026-10-28"), NEW_YORK, sunday))
                .isEqualTo(Instant.parse("2026-11-01T14:00:00Z"));
        // Spring forward, Sunday 14 March 2027: 02:30 doesn't exist; it is moved on by the gap.
        var skipped = new DigestSettings(DayOfWeek.SUNDAY, LocalTime.of(2, 30), true);
        assertThat(DigestSchedule.moment(LocalDate.parse("2027-03-10"), NEW_YORK, skipped))
                .isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
    }

    @Test
    void sendsOncePerWeekAfterTheMomentThenWaitsForNextWeeks() {
        var before = DigestSchedule.plan(
                Instant.parse("2026-11-23T13:59:00Z"),
                NEW_YORK,
                DigestSettings.DEFAULT,
                Optional.of("2026-W47"),
                KNOWN_SINCE);
        assertThat(before).isEqualTo(new DigestSchedule.Wait(Instant.parse("2026-11-23T14:00:00Z")));

        var after = DigestSchedule.plan(
                Instant.parse("2026-11-23T14:00:00Z"),
                NEW_YORK,
                DigestSettings.DEFAULT,
                Optional.of("2026-W47"),
                KNOWN_SINCE);
        assertThat(after).isEqualTo(new DigestSchedule.Send("2026-W48", Instant.parse("2026-11-30T14:00:00Z")));

        var alreadySent = DigestSchedule.plan(
                Instant.parse("2026-11-26T14:00:00Z"),
                NEW_YORK,
                DigestSettings.DEFAULT,
                Optional.of("2026-W48"),
                KNOWN_SINCE);
        assertThat(alreadySent).isEqualTo(new DigestSchedule.Wait(Instant.parse("2026-11-30T14:00:00Z")));
    }

    @Test
    void someoneFirstMetAfterThisWeeksMomentGetsTheirFirstDigestNextWeek() {
        var now = Instant.parse("2026-11-24T15:00:00Z");
        assertThat(DigestSchedule.plan(
                        now, NEW_YORK, DigestSettings.DEFAULT, Optional.empty(), Instant.parse("2026-11-24T14:00:00Z")))
                .isEqualTo(new DigestSchedule.Wait(Instant.parse("2026-11-30T14:00:00Z")));
        assertThat(DigestSchedule.plan(now, NEW_YORK, DigestSettings.DEFAULT, Optional.empty(), KNOWN_SINCE))
                .isEqualTo(new DigestSchedule.Send("2026-W48", Instant.parse("2026-11-30T14:00:00Z")));
    }

    @Test
    void theKeyNamesTheIsoWeekBasedYear() {
        // 1 January 2027 is a Friday: it belongs to the last ISO week of 2026.
        assertThat(DigestSchedule.weekLabel(LocalDate.parse("2027-01-01"))).isEqualTo("2026-W53");
        assertThat(DigestSchedule.weeklyKey("U100", DigestSchedule.weekLabel(LocalDate.parse("2026-03-02"))))
                .isEqualTo("digest:U100:2026-W10");
    }
}
