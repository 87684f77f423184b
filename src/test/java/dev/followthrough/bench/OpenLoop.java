package dev.followthrough.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;

/**
 * Sends prepared requests at fixed moments whatever the answers (open loop), over HTTP/1.1
 * keep-alive connections, and times each from its scheduled moment: a server that stalls is
 * charged for every request that should have gone out meanwhile (no coordinated omission).
 *
 * <p>Jetty's client, not the JDK's: on two cores the JDK client hands every completion to a
 * new thread (CompletableFuture's fallback when the common pool has one thread), 200 a second.
 */
final class OpenLoop implements AutoCloseable {

    /** One request ready to go: its body and the headers Slack would send with it. */
    record Prepared(String body, List<String> headers) {}

    /** What a block of requests saw: latencies in microseconds (sorted), answers by kind. */
    record Block(long[] micros, int failed, int saved, int otherAnswers, int late, String anOtherAnswer) {}

    /** Enough that requests never wait for a connection: 2.5 s of requests at 200 a second. */
    private static final int CONNECTIONS = 512;

    private final HttpClient client;
    private final String endpoint;

    OpenLoop(int port) throws Exception {
        this.client = new HttpClient();
        client.setMaxConnectionsPerDestination(CONNECTIONS);
        client.setMaxRequestsQueuedPerDestination(100_000);
        client.setConnectTimeout(5_000);
        client.setIdleTimeout(120_000);
        client.start();
        this.endpoint = "http://127.0.0.1:" + port + "/slack/events";
    }

    /** Sends {@code requests} one every {@code interval}, waits for every answer, and reports. */
    Block run(List<Prepared> requests, Duration interval) throws InterruptedException {
        var count = requests.size();
        var micros = new long[count];
        var failed = new AtomicInteger();
        var saved = new AtomicInteger();
        var other = new AtomicInteger();
        var anOther = new java.util.concurrent.atomic.AtomicReference<String>("");
        var late = 0;
        var answered = new CountDownLatch(count);
        var start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (var index = 0; index < count; index++) {
            var scheduled = start + index * interval.toNanos();
            long wait;
            while ((wait = scheduled - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (-wait > interval.toNanos()) {
                // The sender itself fell behind (a pause in this JVM): still counted from the schedule.
                late++;
            }
            var slot = index;
            var prepared = requests.get(index);
            var request = client.newRequest(endpoint)
                    .method(HttpMethod.POST)
                    .timeout(10, TimeUnit.SECONDS)
                    .body(new StringRequestContent(
                            "application/x-www-form-urlencoded", prepared.body(), StandardCharsets.UTF_8));
            request.headers(headers -> {
                for (var at = 0; at < prepared.headers().size(); at += 2) {
                    headers.put(prepared.headers().get(at), prepared.headers().get(at + 1));
                }
            });
            request.send(new BufferingResponseListener() {
                @Override
                public void onComplete(Result result) {
                    micros[slot] = (System.nanoTime() - scheduled) / 1000;
                    if (result.isFailed() || result.getResponse().getStatus() != 200) {
                        failed.incrementAndGet();
                    } else if (getContentAsString().contains("\"in_channel\"")) {
                        saved.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                        anOther.compareAndSet("", getContentAsString());
                    }
                    answered.countDown();
                }
            });
        }
        if (!answered.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(answered.getCount() + " requests had no answer within 30 s");
        }
        Arrays.sort(micros);
        return new Block(micros, failed.get(), saved.get(), other.get(), late, anOther.get());
    }

    @Override
    public void close() throws Exception {
        client.stop();
    }
}
