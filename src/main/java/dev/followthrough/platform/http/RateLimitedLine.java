package dev.followthrough.platform.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Lets one log line through per interval and counts the rest, so a flood of refused requests (a
 * scanner, or every request after the signing secret changed) costs one line a minute, not one
 * each. The next line that goes through says how many were held back.
 */
final class RateLimitedLine {

    private final Clock clock;
    private final Duration interval;
    private final AtomicLong nextAllowedAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong heldBack = new AtomicLong();

    RateLimitedLine(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** Runs {@code writeLine} with the number held back since the last line, or counts this one. */
    void offer(LongConsumer writeLine) {
        var now = clock.millis();
        var allowedAt = nextAllowedAt.get();
        if (now >= allowedAt && nextAllowedAt.compareAndSet(allowedAt, now + interval.toMillis())) {
            writeLine.accept(heldBack.getAndSet(0));
        } else {
            heldBack.incrementAndGet();
        }
    }
}
