package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class RateLimitedLineTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
    private final RateLimitedLine line = new RateLimitedLine(clock, Duration.ofMinutes(1));
    private final ArrayList<Long> heldBackCounts = new ArrayList<>();

    @Test
    void theFirstGoesThroughAndTheRestOfTheMinuteAreCounted() {
        for (int attempt = 0; attempt < 10; attempt++) {
            line.offer(heldBackCounts::add);
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(heldBackCounts).containsExactly(0L);
    }

    @Test
    void theNextLineAfterTheMinuteSaysHowManyWereHeldBack() {
        for (int attempt = 0; attempt < 10; attempt++) {
            line.offer(heldBackCounts::add);
        }
        clock.advance(Duration.ofSeconds(61));
        line.offer(heldBackCounts::add);
        line.offer(heldBackCounts::add);

        assertThat(heldBackCounts).containsExactly(0L, 9L);
    }
}
