package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
        // inside hours: the moment itself
        "2026-11-23T10:00, America/New_York, 2026-11-23T10:00-05:00",
        "2026-11-23T09:00, America/New_York, 2026-11-23T09:00-05:00",
        "2026-11-23T17:59, America/New_York, 2026-11-23T17:59-05:00",
        // before the start: the same morning
        "2026-11-23T07:15, America/New_York, 2026-11-23T09:00-05:00",
        // at or after the end: the next working morning
        "2026-11-23T18:00, America/New_York, 2026-11-24T09:00-05:00",
        "2026-11-23T23:30, America/New_York, 2026-11-24T09:00-05:00",
        // Friday evening and weekends: Monday morning
        "2026-11-27T18:30, America/New_York, 2026-11-30T09:00-05:00",
        "2026-11-28T12:00, America/New_York, 2026-11-30T09:00-05:00",
        "2026-11-29T23:59, America/New_York, 2026-11-30T09:00-05:00",
        // across DST: the working start keeps its wall time
        "2026-03-06T19:00, America/New_York, 2026-03-09T09:00-04:00",
        "2026-10-30T20:00, America/New_York, 2026-11-02T09:00-05:00",
        "2026-03-27T18:00, Europe/Berlin, 2026-03-30T09:00+02:00",
        "2026-10-24T08:00, Europe/Berlin, 2026-10-26T09:00+01:00",
        "2026-04-03T18:00, Australia/Sydney, 2026-04-06T09:00+10:00",
        "2026-10-02T18:00, Australia/Sydney, 2026-10-05T09:00+11:00",
        "2026-12-31T18:00, Asia/Kolkata, 2027-01-01T09:00+05:30",
    })
    void theNextWorkingMomentIsTheFirstOneInsideWorkingHours(String local, String zone, String expected) {
        ZoneId zoneId = ZoneId.of(zone);
        Instant t = LocalDateTime.parse(local).atZone(zoneId).toInstant();

        Instant next = WorkingHours.DEFAULT.nextWorkingMoment(t, zoneId);

        assertThat(next.atZone(zoneId).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // a night shift's start at 02:30 falls in the spring-forward gap: it moves to 03:30
        "2026-03-07T23:00, 2026-03-08T03:30-04:00",
        "2026-03-08T03:45, 2026-03-08T03:45-04:00",
    })
    void aWorkingStartInsideADstGapMovesLater(String local, String expected) {
        WorkingHours nights = new WorkingHours(
                EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 30), LocalTime.of(10, 0), LocalTime.of(9, 0));
        Instant t = LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();

        Instant next = nights.nextWorkingMoment(t, NEW_YORK);

        assertThat(next.atZone(NEW_YORK).toOffsetDateTime()).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-11-27T12:00, 2026-11-29T09:00-05:00",
        "2026-11-29T10:00, 2026-11-29T10:00-05:00",
    })
    void otherWorkingWeeksAreRespected(String local, String expected) {
        WorkingHours sundayToThursday = new WorkingHours(
                EnumSet.of(
                        DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(9, 0),
                LocalTime.of(18, 0),
                LocalTime.of(17, 0));
        Instant t = LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();

        assertThat(sundayToThursday
                        .nextWorkingMoment(t, NEW_YORK)
                        .atZone(NEW_YORK)
                        .toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse(expected));
    }
}
