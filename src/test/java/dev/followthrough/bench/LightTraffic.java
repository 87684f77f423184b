package dev.followthrough.bench;

import com.google.gson.JsonObject;
import dev.followthrough.support.SlackRequests;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * A minute of a quiet working day: a {@code /promise} every half second from the first team's
 * users, each signed as Slack signs it, and one of them opening App Home every two seconds, while
 * the service's own due sweep and dispatcher send the nudges that come due. Samples the service's
 * memory once a second through {@code sample}.
 */
final class LightTraffic {

    private static final Duration BETWEEN_PROMISES = Duration.ofMillis(500);
    private static final int PROMISES_PER_HOME_OPEN = 4;

    /** What was sent and how it was answered. */
    record Sent(int promises, int promisesAnswered, int homeOpens, int homeOpensAnswered) {}

    private final SlackRequests requests;
    private final int users;

    LightTraffic(SlackRequests requests, int users) {
        this.requests = requests;
        this.users = users;
    }

    Sent run(Duration length, LongConsumer sample) throws InterruptedException {
        var promises = 0;
        var promisesAnswered = 0;
        var homeOpens = 0;
        var homeOpensAnswered = 0;
        var started = System.nanoTime();
        var next = started;
        var lastSample = started;
        while (System.nanoTime() - started < length.toNanos()) {
            var userId = FootprintSeed.user(promises % users);
            var text = "send Acme the revised proposal by Fri 2pm, draft " + promises;
            if (requests.slashCommand(userId, "D" + userId.substring(1), text).statusCode() == 200) {
                promisesAnswered++;
            }
            promises++;
            if (promises % PROMISES_PER_HOME_OPEN == 0) {
                homeOpens++;
                if (requests.event(requests.eventCallback(homeOpened(userId))).statusCode() == 200) {
                    homeOpensAnswered++;
                }
            }
            var now = System.nanoTime();
            if (now - lastSample >= Duration.ofSeconds(1).toNanos()) {
                sample.accept(now - started);
                lastSample = now;
            }
            next += BETWEEN_PROMISES.toNanos();
            var wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        return new Sent(promises, promisesAnswered, homeOpens, homeOpensAnswered);
    }

    private static JsonObject homeOpened(String userId) {
        var event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", userId);
        event.addProperty("channel", "D" + userId.substring(1));
        event.addProperty("tab", "home");
        event.addProperty("event_ts", String.format("%.6f", System.currentTimeMillis() / 1000.0));
        return event;
    }
}
