package dev.followthrough.platform.outbox;

/** A rate with a burst: up to {@code burst} at once, then {@code perSecond}. Not thread-safe. */
final class TokenBucket {

    private final double perSecond;
    private final int burst;
    private double tokens;
    private long filledAtNanos;

    TokenBucket(double perSecond, int burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.filledAtNanos = nowNanos;
    }

    /** Whole tokens there now. */
    int available(long nowNanos) {
        fill(nowNanos);
        return (int) Math.floor(tokens);
    }

    boolean tryTake(long nowNanos) {
        fill(nowNanos);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Full again: nothing about it is worth remembering. */
    boolean full(long nowNanos) {
        fill(nowNanos);
        return tokens >= burst;
    }

    private void fill(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - filledAtNanos) / 1e9 * perSecond);
        filledAtNanos = nowNanos;
    }
}
