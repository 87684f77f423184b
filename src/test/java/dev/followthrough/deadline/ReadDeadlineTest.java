package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadDeadlineTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final PromiseParser parser =
            new PromiseParser(Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), NEW_YORK));
    private final DeadlineContext context = DeadlineContext.of(NEW_YORK, Locale.US);

    @Test
    void aBareDeadlineIsRead() {
        for (var phrase : new String[] {"Tue 10am", "by Tue 10am", "tuesday at 10", "Nov 24 10am"}) {
            var reading = parser.readDeadline(phrase, context);
            assertThat(reading).as(phrase).isInstanceOf(PromiseReading.Parsed.class);
            var deadline = ((PromiseReading.Parsed) reading).draft().deadline();
            assertThat(deadline)
                    .as(phrase)
                    .isEqualTo(new Deadline.Hard(Instant.parse("2026-11-24T15:00:00Z"), deadline.phrase(), NEW_YORK));
        }
    }

    @Test
    void somethingThatIsNotADeadlineIsRefused() {
        assertThat(parser.readDeadline("banana bread", context)).isInstanceOf(PromiseReading.Invalid.class);
        assertThat(parser.readDeadline("   ", context)).isInstanceOf(PromiseReading.Invalid.class);
        assertThat(parser.readDeadline("yesterday", context)).isInstanceOf(PromiseReading.Invalid.class);
    }

    @Test
    void aVagueDeadlineReadsAsSoft() {
        var reading = parser.readDeadline("when I can", context);

        assertThat(((PromiseReading.Parsed) reading).draft().deadline()).isInstanceOf(Deadline.Soft.class);
    }

    @Test
    void anAmbiguousDeadlineOffersItsReadings() {
        assertThat(parser.readDeadline("next Friday", context)).isInstanceOf(PromiseReading.Ambiguous.class);
    }
}
