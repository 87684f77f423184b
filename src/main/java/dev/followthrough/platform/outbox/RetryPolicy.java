package dev.followthrough.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try again after an attempt Slack may accept later: when Slack says (Retry-After), else
 * doubling from {@code firstDelay} up to {@code maxDelay}; never once the message is {@code
 * giveUpAfter} old. Giving up by age, not by a count, lets a long Slack outage delay messages
 * rather than drop them.
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay, Duration giveUpAfter) {

    static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(24));

    // A "Retry-After: 0" must not turn into a tight loop against a rate-limited method.
    private static final Duration SHORTEST_RETRY_AFTER = Duration.ofSeconds(1);

    /** The next attempt's time, or empty to give up. */
    Optional<Instant> nextAttempt(int attempts, Instant createdAt, Instant now, Optional<Duration> retryAfter) {
        var delay = retryAfter.map(RetryPolicy::atLeastShortest).orElseGet(() -> backOff(attempts));
        var next = now.plus(delay);
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }

    /** The pause after the {@code attempts}-th attempt failed: 2 s, 4 s, 8 s … up to the cap. */
    Duration backOff(int attempts) {
        var doublings = Math.min(Math.max(attempts - 1, 0), 30);
        var delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static Duration atLeastShortest(Duration retryAfter) {
        return retryAfter.compareTo(SHORTEST_RETRY_AFTER) < 0 ? SHORTEST_RETRY_AFTER : retryAfter;
    }
}
