package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working time added to a moment: only the working days' hours count (09:00 to 18:00 by default). */
class WorkingTimeAfterTest {

    @ParameterizedTest(name = "{0} + {1} h in {2} -> {3}")
    @CsvSource({
        // inside one working day
        "2026-11-23T10:00, 3, America/New_York, 2026-11-23T13:00-05:00",
        // the rest of the day, then the next morning
        "2026-11-23T17:00, 2, America/New_York, 2026-11-24T10:00-05:00",
        // ending exactly at the close is the close, not the next morning
        "2026-11-23T17:00, 1, America/New_York, 2026-11-23T18:00-05:00",
        // a Friday afternoon: the weekend doesn't count (1 h Fri, 9 h Mon, 9 h Tue, 5 h Wed)
        "2026-11-27T17:00, 24, America/New_York, 2026-12-02T14:00-05:00",
        // from a weekend or a night: counting starts at the next working morning
        "2026-11-28T12:00, 24, America/New_York, 2026-12-02T15:00-05:00",
        "2026-11-23T22:00, 1, America/New_York, 2026-11-24T10:00-05:00",
        // zero is the next working moment
        "2026-11-28T12:00, 0, America/New_York, 2026-11-30T09:00-05:00",
        // across the autumn DST change, working hours keep their wall time
        "2026-10-30T17:00, 2, America/New_York, 2026-11-02T10:00-05:00",
        // another zone's working day
        "2026-11-27T17:00, 2, Asia/Kolkata, 2026-11-30T10:00+05:30",
    })
    void onlyWorkingHoursCount(String local, long hours, String zone, String expected) {
        var zoneId = ZoneId.of(zone);
        var start = LocalDateTime.parse(local).atZone(zoneId).toInstant();

        var after = WorkingHours.DEFAULT.afterWorkingTime(start, Duration.ofHours(hours), zoneId);

        assertThat(after.atZone(zoneId).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void anotherWorkingWeekAndShorterDaysAreRespected() {
        var newYork = ZoneId.of("America/New_York");
        var sundayToThursdayMornings = new WorkingHours(
                EnumSet.of(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 0),
                LocalTime.of(12, 0),
                LocalTime.of(12, 0));
        // Thursday 11:00: 1 h Thu, 4 h Sun, 1 h Mon.
        var start = LocalDateTime.parse("2026-11-26T11:00").atZone(newYork).toInstant();

        var after = sundayToThursdayMornings.afterWorkingTime(start, Duration.ofHours(6), newYork);

        assertThat(after.atZone(newYork).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-30T09:00-05:00"));
    }

    @Test
    void negativeWorkingTimeIsRefused() {
        assertThatThrownBy(() -> WorkingHours.DEFAULT.afterWorkingTime(
                        java.time.Instant.EPOCH, Duration.ofHours(-1), ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
