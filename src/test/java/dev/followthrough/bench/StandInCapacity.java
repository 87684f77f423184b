package dev.followthrough.bench;

import dev.followthrough.support.SlackStandIn;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Whether the stand-in keeps up: {@code callers} threads each posting and waiting for the answer,
 * over OkHttp as the Slack SDK does, for as many calls in flight as the limits' full rate needs
 * (rate x latency). Served one call at a time, as a sleeping handler would, the rate would be
 * 1 / latency; the answer times show what the stand-in adds to its latency. The callers share the
 * machine with it, so this is a floor on what it can serve.
 */
final class StandInCapacity {

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

    /** What the probe saw: calls a second answered and the answer times, in ms. */
    record Probe(int callers, int seconds, double ratePerSecond, long failed, double p50, double p99, double max) {

        String describe(Duration latency) {
            return String.format(
                    Locale.ROOT,
                    "%d callers in a closed loop for %d s: %,.0f calls/s answered (%d failed); answer time p50 %.0f"
                            + " ms, p99 %.0f ms, max %.0f ms (latency %d ms)",
                    callers,
                    seconds,
                    ratePerSecond,
                    failed,
                    p50,
                    p99,
                    max,
                    latency.toMillis());
        }
    }

    private StandInCapacity() {}

    static Probe probe(SlackStandIn standIn, Duration latency, int callers, int seconds) throws InterruptedException {
        standIn.reset();
        standIn.latency(latency);
        var client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(callers, 1, TimeUnit.MINUTES))
                .build();
        var answered = new AtomicLong();
        var failed = new AtomicLong();
        var times = new ConcurrentLinkedQueue<Long>();
        // The first second warms up connections and the JIT; only what follows counts.
        var countFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        var end = countFrom + TimeUnit.SECONDS.toNanos(seconds);
        var threads = new ArrayList<Thread>();
        for (var caller = 0; caller < callers; caller++) {
            var channel = "CPROBE" + caller;
            var thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    var request = new Request.Builder()
                            .url(standIn.apiUrl() + "chat.postMessage")
                            .header("Authorization", "Bearer xoxb-probe")
                            .post(RequestBody.create("channel=" + channel + "&text=probe", FORM))
                            .build();
                    var started = System.nanoTime();
                    var ok = false;
                    try (var response = client.newCall(request).execute()) {
                        response.body().string();
                        ok = response.code() == 200;
                    } catch (IOException unanswered) {
                        ok = false;
                    }
                    var finished = System.nanoTime();
                    if (started >= countFrom && finished <= end) {
                        (ok ? answered : failed).incrementAndGet();
                        times.add(finished - started);
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (var thread : threads) {
            thread.join();
        }
        client.connectionPool().evictAll();
        client.dispatcher().executorService().shutdown();
        standIn.reset();
        var sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Probe(callers, seconds, 0, failed.get(), 0, 0, 0);
        }
        return new Probe(
                callers,
                seconds,
                answered.get() / (double) seconds,
                failed.get(),
                millis(sorted, 0.50),
                millis(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        var rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
