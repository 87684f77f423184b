package dev.followthrough.chaos;

import com.google.gson.JsonParser;
import dev.followthrough.support.SlackRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps {@code /promise} commands flowing from several users on a few threads, signed as Slack signs
 * them, whatever state the service is in; records every command and its answer. A command without
 * an answer within Slack's 3 s is delivered again with the same body, as Slack retries, a bounded
 * number of times.
 */
final class CommandTraffic {

    private static final Duration SLACK_BUDGET = Duration.ofSeconds(3);
    private static final int MOST_RETRIES = 3;
    // Slack waits a minute and then five before its second and third retry; the run can't.
    private static final Duration BEFORE_RETRY = Duration.ofSeconds(1);

    private final SlackRequests requests;
    private final URI endpoint;
    private final ChaosUsers users;
    private final int senders;
    private final Duration pause;
    private final Instant soonUntil;
    private final int mostCommands;
    private final SplittableRandom seeds;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    CommandTraffic(
            SlackRequests requests,
            int port,
            ChaosUsers users,
            int senders,
            Duration pause,
            Instant soonUntil,
            int mostCommands,
            long seed) {
        this.requests = requests;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.users = users;
        this.senders = senders;
        this.pause = pause;
        this.soonUntil = soonUntil;
        this.mostCommands = mostCommands;
        this.seeds = new SplittableRandom(seed);
    }

    void start() {
        for (var index = 0; index < senders; index++) {
            var random = seeds.split();
            var thread = new Thread(() -> send(random), "chaos-sender-" + index);
            // Should the run fail before stopping them, they must not keep Maven's JVM alive.
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Stops sending; a command in flight is finished (its retries included). */
    void stop() {
        stopping = true;
        for (var thread : threads) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    private void send(SplittableRandom random) {
        while (!stopping && sequence.get() < mostCommands) {
            var minutes = random.nextInt(Shape.SOONEST_MINUTES, Shape.LATEST_MINUTES + 1);
            var soonAllowed = Instant.now()
                    .plus(Duration.ofMinutes(minutes))
                    .plus(SLACK_BUDGET)
                    .isBefore(soonUntil);
            var shape = Shape.pick(random, soonAllowed);
            var tag = String.format("k%06d", sequence.incrementAndGet());
            var userId = users.pickUser(random);
            var channelId = shape.inChannel() ? users.channelOf(userId) : ChaosUsers.directMessageOf(userId);
            sent.add(deliver(tag, shape, userId, channelId, shape.text(tag, minutes)));
            Pause.of(pause);
        }
    }

    private Sent deliver(String tag, Shape shape, String userId, String channelId, String text) {
        var fields = requests.command(userId, channelId, text);
        var body = SlackRequests.form(fields);
        var sentAt = Instant.now();
        var deliveries = 0;
        var timeouts = 0;
        var outcome = Sent.Outcome.UNANSWERED;
        Optional<Instant> answeredAt = Optional.empty();
        var answer = "";
        while (deliveries <= MOST_RETRIES) {
            deliveries++;
            var attempt = deliverOnce(body, deliveries - 1);
            if (attempt.status() == 200) {
                answeredAt = Optional.of(Instant.now());
                answer = textOf(attempt.body());
                outcome =
                        acknowledges(shape, tag, answer) ? Sent.Outcome.ACKNOWLEDGED : Sent.Outcome.ANSWERED_OTHERWISE;
                break;
            }
            answer = attempt.failure();
            if (attempt.timedOut()) {
                timeouts++;
            }
            if (stopping) {
                break;
            }
            Pause.of(BEFORE_RETRY);
        }
        return new Sent(
                tag,
                shape,
                userId,
                channelId,
                fields.get("trigger_id"),
                sentAt,
                outcome,
                answeredAt,
                deliveries,
                timeouts,
                answer);
    }

    /** One delivery: the HTTP status and body, or (status 0) why there was none. */
    private record Attempt(int status, String body, String failure, boolean timedOut) {}

    private Attempt deliverOnce(String body, int retryNumber) {
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var request = HttpRequest.newBuilder(endpoint)
                .timeout(SLACK_BUDGET)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", requests.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (retryNumber > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(retryNumber))
                    .header("X-Slack-Retry-Reason", "http_timeout");
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Attempt(response.statusCode(), response.body(), "HTTP " + response.statusCode(), false);
        } catch (HttpTimeoutException tooSlow) {
            return new Attempt(0, "", "no answer within 3 s", true);
        } catch (IOException down) {
            return new Attempt(0, "", "connection refused or cut off", false);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Attempt(0, "", "interrupted", false);
        }
    }

    private static boolean acknowledges(Shape shape, String tag, String answer) {
        if (shape == Shape.DIGEST) {
            return answer.contains("Sent to your DMs");
        }
        return answer.contains(tag) && (answer.contains(" promised") || answer.contains(" owes "));
    }

    private static String textOf(String body) {
        try {
            var json = JsonParser.parseString(body).getAsJsonObject();
            return json.has("text") ? json.get("text").getAsString() : body;
        } catch (RuntimeException notJson) {
            return body;
        }
    }
}
