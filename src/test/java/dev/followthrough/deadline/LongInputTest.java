package dev.followthrough.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A promise of 1,000 hostile characters comes back as a reading, and the parser didn't throw on its way there. */
class LongInputTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    static List<HostileInputs.HostileInput> hostileInputs() {
        return HostileInputs.all();
    }

    // Only a guard against catastrophic backtracking or a loop, so a hang fails instead of stalling the build;
    // how fast parsing is belongs to bench/ParseBenchmark, not to an assertion here.
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void aThousandHostileCharactersComeBackAsAReading(HostileInputs.HostileInput input) {
        assertThat(input.text()).hasSize(HostileInputs.LENGTH);
        var parser = new PromiseParser(Clock.fixed(Instant.parse("2026-11-23T15:00:00Z"), ZONE));

        for (Locale locale : List.of(Locale.US, Locale.UK)) {
            PromiseReading reading = parser.read(input.text(), DeadlineContext.of(ZONE, locale));

            assertThat(reading)
                    .isInstanceOfAny(
                            PromiseReading.Parsed.class, PromiseReading.Ambiguous.class, PromiseReading.Invalid.class);
            if (reading instanceof PromiseReading.Invalid invalid) {
                // The parser's last resort when something inside it threw: here it would hide a bug.
                assertThat(invalid.reason()).doesNotStartWith("Sorry, I couldn't read that");
            }
        }
    }
}
