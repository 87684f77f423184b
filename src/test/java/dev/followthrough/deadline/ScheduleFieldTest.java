package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A schedule typed on its own, as a form's "Repeats" field holds it: read, or refused saying why. */
class ScheduleFieldTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Wednesday 2 December 2026, 10:00 in New York. */
    private static final Instant NOW =
            ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, NEW_YORK).toInstant();

    private final PromiseParser parser = new PromiseParser(Clock.fixed(NOW, NEW_YORK));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            every Friday                        | every Friday at 5:00 PM                         | 2026-12-04
            Every other Tuesday at 10           | every other Tuesday at 10:00 AM                 | 2026-12-08
            on the first Monday of every month  | on the first Monday of every month at 5:00 PM   | 2026-12-07
            every Friday by 3pm                 | every Friday at 3:00 PM                         | 2026-12-04
            """)
    void aScheduleAloneReadsAsItsRuleAndFirstDay(String typed, String described, String first) {
        var reading = parser.readSchedule(typed, DeadlineContext.of(NEW_YORK, Locale.US));

        assertThat(reading).isInstanceOf(PromiseReading.Recurring.class);
        var schedule = ((PromiseReading.Recurring) reading).schedule();
        assertThat(schedule.describe(Locale.US)).isEqualTo(described);
        assertThat(schedule.anchor()).hasToString(first);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Fri 2pm", "send it soon", "every Friday send the update", "every now and then"})
    void whatIsNoScheduleOnItsOwnIsRefusedWithAReason(String typed) {
        var reading = parser.readSchedule(typed, DeadlineContext.of(NEW_YORK, Locale.US));

        assertThat(reading).isInstanceOf(PromiseReading.Invalid.class);
        assertThat(((PromiseReading.Invalid) reading).reason()).isNotBlank().doesNotContain("deliver");
    }
}
