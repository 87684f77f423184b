package dev.followthrough.platform.outbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps one instance's calls under Slack's limits before Slack has to say so: a token bucket per
 * workspace and method, and one per channel for chat.postMessage (Slack's per-channel limit is
 * chat.postMessage's). A 429's {@code Retry-After} pauses the whole workspace's method, not just
 * the message that met it: the next message would only meet it too.
 *
 * <p>Buckets run on real time ({@code nanoTime}), as Slack's do; pauses on the dispatcher's clock,
 * as the rows' own retry times do.
 */
final class Pacing {

    private record MethodOf(String teamId, OutboxMessage.Method method) {}

    private record ChannelOf(String teamId, String channel) {}

    private final DispatcherSettings settings;
    private final LongSupplier nanoTime;
    private final Map<MethodOf, TokenBucket> workspaces = new HashMap<>();
    private final Map<ChannelOf, TokenBucket> channels = new HashMap<>();
    private final Map<MethodOf, Instant> pausedUntil = new HashMap<>();

    Pacing(DispatcherSettings settings, LongSupplier nanoTime) {
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    /** How many calls {@code teamId} may take now, its methods together: what is worth claiming. */
    synchronized int room(String teamId, Instant now) {
        var nowNanos = nanoTime.getAsLong();
        int room = 0;
        for (var method : OutboxMessage.Method.values()) {
            var key = new MethodOf(teamId, method);
            if (!paused(key, now)) {
                room += workspace(key, nowNanos).available(nowNanos);
            }
        }
        return room;
    }

    /** Takes what one call of {@code message} costs, or nothing and false if it has to wait. */
    synchronized boolean tryTake(OutboxMessage message, Instant now) {
        var key = new MethodOf(message.teamId(), message.method());
        if (paused(key, now)) {
            return false;
        }
        var nowNanos = nanoTime.getAsLong();
        var workspace = workspace(key, nowNanos);
        if (message.method() != OutboxMessage.Method.POST_MESSAGE) {
            return workspace.tryTake(nowNanos);
        }
        var channel = channels.computeIfAbsent(
                new ChannelOf(message.teamId(), message.channel()),
                unused -> new TokenBucket(settings.postsPerChannelPerSecond(), settings.channelBurst(), nowNanos));
        if (channel.available(nowNanos) < 1 || !workspace.tryTake(nowNanos)) {
            return false;
        }
        return channel.tryTake(nowNanos);
    }

    /** Slack said to wait until {@code until} with this method in this workspace. */
    synchronized void pause(String teamId, OutboxMessage.Method method, Instant until) {
        pausedUntil.merge(new MethodOf(teamId, method), until, (known, later) -> later.isAfter(known) ? later : known);
    }

    /** Drops what has gone back to its starting state, so a long run's many channels don't pile up. */
    synchronized void forgetIdle(Instant now) {
        var nowNanos = nanoTime.getAsLong();
        channels.values().removeIf(bucket -> bucket.full(nowNanos));
        workspaces.values().removeIf(bucket -> bucket.full(nowNanos));
        pausedUntil.values().removeIf(until -> !until.isAfter(now));
    }

    private boolean paused(MethodOf key, Instant now) {
        var until = pausedUntil.get(key);
        return until != null && until.isAfter(now);
    }

    private TokenBucket workspace(MethodOf key, long nowNanos) {
        return workspaces.computeIfAbsent(
                key,
                unused -> key.method() == OutboxMessage.Method.POST_MESSAGE
                        ? new TokenBucket(
                                settings.postsPerWorkspacePerMinute() / 60, settings.workspaceBurst(), nowNanos)
                        : new TokenBucket(
                                settings.updatesPerWorkspacePerMinute() / 60, settings.workspaceBurst(), nowNanos));
    }
}
