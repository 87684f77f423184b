package dev.followthrough.support;

import dev.followthrough.support.SlackStandIn.PostCounts;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slack's chat.postMessage limits, off until a test sets them: a token bucket per channel and one
 * per workspace, on the stand-in's own clock (real time: the app's test clock doesn't slow Slack).
 * A post both buckets can pay for goes through; otherwise 429 with the seconds until it could.
 */
final class StandInLimits {

    /** A rate (posts per second) and how many may come at once. */
    record Rate(double perSecond, int burst) {}

    private static final class Bucket {
        double tokens;
        long filledAtNanos;

        Bucket(int burst, long nowNanos) {
            tokens = burst;
            filledAtNanos = nowNanos;
        }

        void fill(Rate rate, long nowNanos) {
            tokens = Math.min(rate.burst(), tokens + (nowNanos - filledAtNanos) / 1e9 * rate.perSecond());
            filledAtNanos = nowNanos;
        }

        long secondsUntilOne(Rate rate) {
            return Math.max(1, (long) Math.ceil((1 - tokens) / rate.perSecond()));
        }
    }

    private final LongSupplier nanoTime;
    private Rate perChannel;
    private Rate perWorkspace;
    private final Map<String, Bucket> channelBuckets = new HashMap<>();
    private final Map<String, Bucket> workspaceBuckets = new HashMap<>();
    private final Map<String, PostCounts> channelCounters = new HashMap<>();
    private final Map<String, PostCounts> workspaceCounters = new HashMap<>();

    StandInLimits(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    synchronized void perChannel(Rate rate) {
        perChannel = rate;
        channelBuckets.clear();
    }

    synchronized void perWorkspace(Rate rate) {
        perWorkspace = rate;
        workspaceBuckets.clear();
    }

    /** Zero to let the post through, else the Retry-After seconds. */
    synchronized long take(String teamId, String channelId) {
        if (perChannel == null && perWorkspace == null) {
            return 0;
        }
        var now = nanoTime.getAsLong();
        var channel = bucket(channelBuckets, teamId + "/" + channelId, perChannel, now);
        var workspace = bucket(workspaceBuckets, teamId, perWorkspace, now);
        long retryAfter = 0;
        if (channel != null && channel.tokens < 1) {
            retryAfter = channel.secondsUntilOne(perChannel);
        }
        if (workspace != null && workspace.tokens < 1) {
            retryAfter = Math.max(retryAfter, workspace.secondsUntilOne(perWorkspace));
        }
        var allowed = retryAfter == 0;
        if (allowed && channel != null) {
            channel.tokens -= 1;
        }
        if (allowed && workspace != null) {
            workspace.tokens -= 1;
        }
        channelCounters.merge(
                teamId + "/" + channelId, new PostCounts(allowed ? 1 : 0, allowed ? 0 : 1), StandInLimits::sum);
        workspaceCounters.merge(teamId, new PostCounts(allowed ? 1 : 0, allowed ? 0 : 1), StandInLimits::sum);
        return retryAfter;
    }

    synchronized PostCounts channel(String teamId, String channelId) {
        return channelCounters.getOrDefault(teamId + "/" + channelId, new PostCounts(0, 0));
    }

    synchronized PostCounts workspace(String teamId) {
        return workspaceCounters.getOrDefault(teamId, new PostCounts(0, 0));
    }

    synchronized void clear() {
        perChannel = null;
        perWorkspace = null;
        channelBuckets.clear();
        workspaceBuckets.clear();
        channelCounters.clear();
        workspaceCounters.clear();
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Rate rate, long now) {
        if (rate == null) {
            return null;
        }
        var bucket = buckets.computeIfAbsent(key, unused -> new Bucket(rate.burst(), now));
        bucket.fill(rate, now);
        return bucket;
    }

    private static PostCounts sum(PostCounts one, PostCounts other) {
        return new PostCounts(one.allowed() + other.allowed(), one.limited() + other.limited());
    }
}
