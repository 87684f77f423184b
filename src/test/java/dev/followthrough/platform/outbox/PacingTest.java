package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PacingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private long nanos = 0;
    private final Pacing pacing =
            new Pacing(DispatcherSettings.DEFAULT.withPostPaces(60, 3, 1, 2).withUpdatePace(30), () -> nanos);

    @Test
    void aChannelTakesItsBurstThenOneASecond() {
        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isTrue();
        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isTrue();
        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isFalse();
        assertThat(pacing.tryTake(post("T1", "C2"), NOW)).as("another channel").isTrue();

        nanos += TimeUnit.MILLISECONDS.toNanos(999);
        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isFalse();
        nanos += TimeUnit.MILLISECONDS.toNanos(1);
        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isTrue();
    }

    @Test
    void aWorkspaceTakesItsBurstAcrossChannelsThenItsPaceAndOthersAreApart() {
        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isTrue();
        assertThat(pacing.tryTake(post("T1", "C2"), NOW)).isTrue();
        assertThat(pacing.tryTake(post("T1", "C3"), NOW)).isTrue();
        assertThat(pacing.tryTake(post("T1", "C4"), NOW)).isFalse();
        assertThat(pacing.room("T1", NOW)).as("posts and updates left").isEqualTo(3);
        assertThat(pacing.tryTake(post("T2", "C4"), NOW))
                .as("another workspace")
                .isTrue();

        nanos += TimeUnit.SECONDS.toNanos(1);
        assertThat(pacing.tryTake(post("T1", "C4"), NOW)).isTrue();
    }

    @Test
    void aRetryAfterPausesTheWorkspacesMethodUntilItsTimeAndNoOtherMethod() {
        pacing.pause("T1", OutboxMessage.Method.POST_MESSAGE, NOW.plusSeconds(5));

        assertThat(pacing.tryTake(post("T1", "C1"), NOW.plusSeconds(4))).isFalse();
        assertThat(pacing.tryTake(update("T1", "C1"), NOW.plusSeconds(4))).isTrue();
        assertThat(pacing.tryTake(post("T2", "C1"), NOW.plusSeconds(4))).isTrue();
        assertThat(pacing.tryTake(post("T1", "C1"), NOW.plusSeconds(5))).isTrue();
    }

    @Test
    void forgettingIdleBucketsKeepsThoseStillRefilling() {
        pacing.tryTake(post("T1", "C1"), NOW);
        pacing.tryTake(post("T1", "C1"), NOW);
        pacing.forgetIdle(NOW);

        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isFalse();
        nanos += TimeUnit.SECONDS.toNanos(Duration.ofMinutes(1).toSeconds());
        pacing.forgetIdle(NOW);
        assertThat(pacing.tryTake(post("T1", "C1"), NOW)).isTrue();
    }

    private static OutboxMessage post(String teamId, String channel) {
        return OutboxMessage.post(teamId, "k", channel, "hello", null, Optional.empty(), Optional.empty());
    }

    private static OutboxMessage update(String teamId, String channel) {
        return OutboxMessage.update(teamId, "k", channel, "1.2", "hello", null, Optional.empty());
    }
}
