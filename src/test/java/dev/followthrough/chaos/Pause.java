package dev.followthrough.chaos;

import java.time.Duration;
import java.time.Instant;

/**
 * The harness's pacing on real time: the gap between one sender's commands, a redelivery's delay,
 * the kill schedule and the moment the run's last reminders come due. Waits for a state (healthy,
 * drained) use Awaitility instead. An interrupt ends the wait and is kept for the loop that checks it.
 */
final class Pause {

    private Pause() {}

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static void until(Instant moment) {
        var wait = Duration.between(Instant.now(), moment);
        if (!wait.isNegative()) {
            of(wait);
        }
    }
}
