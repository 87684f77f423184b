package dev.followthrough.bench;

import dev.followthrough.support.SlackStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's figures, from what the stand-in answered and what the outbox says.
 *
 * <p>The most the limits allow: each workspace may post its burst at once and then its rate, each
 * channel likewise, so the whole burst can at best be through after {@code T_min = max over
 * workspaces w and channels c of max(0, (n_w - burst_w) / rate_w, (n_c - burst_c) / rate_c)},
 * where n is how many nudges each has. The delivered share is {@code T_min / T}, T being the run's
 * window (first to last delivery; also given from the due moment): the rate reached over the
 * rate the limits allow for the same nudges.
 */
record DeliveryFigures(
        int nudges,
        int delivered,
        int lost,
        int doubled,
        long postCalls,
        long limitedCalls,
        long otherCalls,
        Instant dueMoment,
        Instant firstDelivered,
        Instant lastDelivered,
        long[] dueToDeliveredMillis,
        double shortestSeconds,
        Map<String, Long> outboxByStatus,
        long acceptedWithRowNotSent,
        int workspacesPostedTo,
        double standInLagP99Millis,
        ProcessorTime processor) {

    /** These figures with the processor time spent from seeding to the last delivery. */
    DeliveryFigures withProcessor(ProcessorTime spent) {
        return new DeliveryFigures(
                nudges,
                delivered,
                lost,
                doubled,
                postCalls,
                limitedCalls,
                otherCalls,
                dueMoment,
                firstDelivered,
                lastDelivered,
                dueToDeliveredMillis,
                shortestSeconds,
                outboxByStatus,
                acceptedWithRowNotSent,
                workspacesPostedTo,
                standInLagP99Millis,
                spent);
    }

    /** The stand-in's limits for chat.postMessage, as the benchmark set them. */
    record Limits(double workspacePerSecond, int workspaceBurst, double channelPerSecond, int channelBurst) {

        double shortestSeconds(Map<String, Integer> perWorkspace, Map<String, Integer> perChannel) {
            var shortest = 0.0;
            for (var count : perWorkspace.values()) {
                shortest = Math.max(shortest, (count - workspaceBurst) / workspacePerSecond);
            }
            for (var count : perChannel.values()) {
                shortest = Math.max(shortest, (count - channelBurst) / channelPerSecond);
            }
            return shortest;
        }
    }

    static DeliveryFigures of(
            DeliverySeed seed,
            Instant dueMoment,
            Limits limits,
            Duration latency,
            List<SlackStandIn.Reply> replies,
            Map<String, Long> outboxByStatus,
            List<Integer> partsNotSent) {
        var nudges = seed.nudges();
        var deliveries = new int[nudges];
        var firstDeliveredAt = new Instant[nudges];
        long postCalls = 0;
        long limited = 0;
        long other = 0;
        var lags = new long[replies.size()];
        var lagCount = 0;
        var teams = new java.util.HashSet<String>();
        for (var reply : replies) {
            var call = reply.call();
            lags[lagCount++] = Duration.between(call.receivedAt(), reply.answeredAt())
                    .minus(latency)
                    .toMillis();
            if (!call.method().equals("chat.postMessage")) {
                other++;
                continue;
            }
            postCalls++;
            if (reply.status() == 429) {
                limited++;
            }
            if (!reply.ok()) {
                continue;
            }
            teams.add(call.team());
            var parts = new java.util.TreeSet<Integer>(DeliverySeed.partsNamedIn(call.param("text")));
            parts.addAll(DeliverySeed.partsNamedIn(call.param("blocks")));
            for (var part : parts) {
                if (part < 0 || part >= nudges) {
                    continue;
                }
                deliveries[part]++;
                if (firstDeliveredAt[part] == null || reply.answeredAt().isBefore(firstDeliveredAt[part])) {
                    firstDeliveredAt[part] = reply.answeredAt();
                }
            }
        }
        var delivered = 0;
        var doubled = 0;
        var times = new long[nudges];
        Instant first = null;
        Instant last = null;
        for (var part = 0; part < nudges; part++) {
            if (deliveries[part] == 0) {
                continue;
            }
            doubled += deliveries[part] - 1;
            var at = firstDeliveredAt[part];
            times[delivered++] = Duration.between(dueMoment, at).toMillis();
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }
        times = Arrays.copyOf(times, delivered);
        Arrays.sort(times);
        var acceptedNotSent = partsNotSent.stream()
                .filter(part -> part >= 0 && part < nudges && deliveries[part] > 0)
                .count();
        var lagsSorted = Arrays.copyOf(lags, lagCount);
        Arrays.sort(lagsSorted);
        return new DeliveryFigures(
                nudges,
                delivered,
                nudges - delivered,
                doubled,
                postCalls,
                limited,
                other,
                dueMoment,
                first,
                last,
                times,
                limits.shortestSeconds(perWorkspace(seed), perChannel(seed)),
                outboxByStatus,
                acceptedNotSent,
                teams.size(),
                lagsSorted.length == 0 ? 0 : percentile(lagsSorted, 0.99),
                new ProcessorTime(0, 0, 0, 0, 0));
    }

    /** Every seeded user gets one nudge, in its own DM: n_w is the users of a workspace, n_c is 1. */
    private static Map<String, Integer> perWorkspace(DeliverySeed seed) {
        var counts = new HashMap<String, Integer>();
        for (var workspace = 0; workspace < seed.workspaces(); workspace++) {
            counts.put(DeliverySeed.team(workspace), seed.usersPerWorkspace());
        }
        return counts;
    }

    private static Map<String, Integer> perChannel(DeliverySeed seed) {
        return Map.of("any user's DM", 1);
    }

    /** Seconds from the first delivery to the last. */
    double windowSeconds() {
        return firstDelivered == null
                ? 0
                : Duration.between(firstDelivered, lastDelivered).toMillis() / 1000.0;
    }

    /** Seconds from the due moment to the last delivery. */
    double fromDueSeconds() {
        return lastDelivered == null
                ? 0
                : Duration.between(dueMoment, lastDelivered).toMillis() / 1000.0;
    }

    double ratePerSecond() {
        return windowSeconds() == 0 ? 0 : delivered / windowSeconds();
    }

    double allowedPerSecond() {
        return shortestSeconds == 0 ? Double.POSITIVE_INFINITY : nudges / shortestSeconds;
    }

    /** The limits' shortest time over the time taken; above 1 would mean the limits were beaten. */
    double share(double seconds) {
        return seconds == 0 ? 0 : Math.min(shortestSeconds / seconds, 9.99);
    }

    double limitedShare() {
        return postCalls == 0 ? 0 : (double) limitedCalls / postCalls;
    }

    long percentileMillis(double quantile) {
        return dueToDeliveredMillis.length == 0 ? -1 : percentile(dueToDeliveredMillis, quantile);
    }

    private static long percentile(long[] sorted, double quantile) {
        var rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
