package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import dev.followthrough.support.SlackStandIn.Response;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxRetriesTest {

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("outbox_retries");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @BeforeEach
    void reset() {
        world.reset();
    }

    @Test
    void aRateLimitIsWaitedOutThenAServerErrorBacksOffAndTheMessageGoesOutOnceBeforeTheRecipientsNext() {
        world.slack.script("chat.postMessage", Response.rateLimited(3), Response.status(500));
        world.enqueue(OutboxWorld.post("nudge:1:v1:60", "U100", "Due in 1 hour"));
        world.enqueue(OutboxWorld.post("missed:1:v1", "U100", "Missed"));
        var dispatcher = world.dispatcher();

        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(world.row("nudge:1:v1:60").lastError()).contains("429");

        world.clock.advance(Duration.ofMillis(2999));
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(world.postedTexts()).containsExactly("Due in 1 hour");

        world.clock.advance(Duration.ofMillis(1));
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(world.postedTexts()).containsExactly("Due in 1 hour", "Due in 1 hour");
        assertThat(world.row("nudge:1:v1:60").lastError()).isEqualTo("HTTP 500");

        // The second failed attempt doubles the first back-off of 2 s.
        world.clock.advance(Duration.ofMillis(3999));
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(world.postedTexts()).hasSize(2);

        world.clock.advance(Duration.ofMillis(1));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(2);

        world.clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatchOnce()).isZero();
        assertThat(world.postedTexts()).containsExactly("Due in 1 hour", "Due in 1 hour", "Due in 1 hour", "Missed");
        var row = world.row("nudge:1:v1:60");
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.attempts()).isEqualTo(3);
    }

    @Test
    void aTransientSlackErrorIsRetriedAfterTheBackOff() {
        world.slack.script("chat.postMessage", Response.error("internal_error"));
        world.enqueue(OutboxWorld.post("k1", "U100", "hello"));

        world.dispatcher().dispatchOnce();

        var row = world.row("k1");
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.lastError()).isEqualTo("internal_error");
        assertThat(row.nextAttemptAt()).isEqualTo(OutboxWorld.START.plusSeconds(2));
    }

    @Test
    void aFinalErrorFailsTheMessageAtOnceWithItsReasonAndItIsNeverRetried() {
        world.slack.script("chat.postMessage", Response.error("channel_not_found"));
        world.enqueue(OutboxWorld.post("k1", "C404", "into the void"));

        assertThat(world.dispatcher().dispatchOnce()).isZero();
        world.clock.advance(Duration.ofDays(1));
        assertThat(world.dispatcher().dispatchOnce()).isZero();

        assertThat(world.postedTexts()).hasSize(1);
        var row = world.row("k1");
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.lastError()).isEqualTo("channel_not_found");
        assertThat(row.attempts()).isEqualTo(1);
    }

    @Test
    void aSlackOutageDelaysAMessageForADayThenFailsIt() {
        world.slack.fail("chat.postMessage", "service_unavailable");
        world.enqueue(OutboxWorld.post("k1", "U100", "hello"));

        var dispatcher = world.dispatcher();
        for (int minute = 0; minute <= 24 * 60; minute += 5) {
            dispatcher.dispatchOnce();
            world.clock.advance(Duration.ofMinutes(5));
        }

        var row = world.row("k1");
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.lastError()).startsWith("gave up after").endsWith("service_unavailable");
        assertThat(row.attempts()).isBetween(280, 300);
    }

    @Test
    void anUnreachableSlackIsRetried() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        world.enqueue(OutboxWorld.post("k1", "U100", "hello"));
        try (var unreachable = Slack.getInstance(OutboxWorld.slackConfig("http://127.0.0.1:" + closedPort + "/api/"))) {
            new Dispatcher(world.jdbi, teamId -> unreachable.methods("xoxb-test-token", teamId), world.clock)
                    .dispatchOnce();
        }

        var row = world.row("k1");
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.lastError()).startsWith("I/O error");

        world.clock.advance(Duration.ofSeconds(2));
        assertThat(world.dispatcher().dispatchOnce()).isEqualTo(1);
    }
}
