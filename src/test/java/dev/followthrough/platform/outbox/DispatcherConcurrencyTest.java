package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DispatcherConcurrencyTest {

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("dispatcher_concurrency");
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
    void messagesToDifferentRecipientsAreInFlightAtOnce() {
        world.slack.latency(Duration.ofMillis(100));
        for (int recipient = 0; recipient < 40; recipient++) {
            world.enqueue(OutboxWorld.post("k" + recipient, "U" + (100 + recipient), "hello " + recipient));
        }

        var sent = world.dispatcher(DispatcherSettings.DEFAULT.unpaced().withSenders(20))
                .dispatchOnce();

        assertThat(sent).isEqualTo(40);
        assertThat(world.slack.mostCallsAtOnce())
                .as("calls the stand-in answered at once")
                .isGreaterThan(5);
    }

    @Test
    void oneRecipientsManyMessagesArriveInOrderWhileOthersInterleave() {
        world.slack.latency(Duration.ofMillis(20));
        for (int sequence = 0; sequence < 15; sequence++) {
            world.enqueue(OutboxWorld.post("busy:" + sequence, "U100", "busy #" + sequence));
            for (int other = 0; other < 4; other++) {
                var userId = "U" + (200 + sequence * 4 + other);
                world.enqueue(OutboxWorld.post("other:" + userId, userId, "other " + userId));
            }
        }

        try (var dispatcher =
                world.dispatcher(DispatcherSettings.DEFAULT.unpaced().withSenders(8))) {
            dispatcher.start();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> world.outbox.countsByStatus().get("SENT") == 75);
        }

        var texts = world.postedTexts();
        var busy = texts.stream().filter(text -> text.startsWith("busy")).toList();
        var expected = new ArrayList<String>();
        for (int sequence = 0; sequence < 15; sequence++) {
            expected.add("busy #" + sequence);
        }
        assertThat(busy).isEqualTo(expected);
        assertThat(texts).hasSize(75).doesNotHaveDuplicates();
        // The others did not wait for the busy recipient's queue: most went before its last message.
        assertThat(texts.indexOf("busy #14")).isGreaterThan(30);
        assertThat(world.slack.mostCallsAtOnce()).isGreaterThan(1);
    }

    @Test
    void twoRunningDispatchersShareTheWorkspacesAndSendEachMessageOnce() {
        world.slack.latency(Duration.ofMillis(20));
        var keys = new ArrayList<String>();
        for (int team = 0; team < 8; team++) {
            for (int user = 0; user < 10; user++) {
                for (int sequence = 0; sequence < 3; sequence++) {
                    var teamId = "T" + (10 + team);
                    var key = teamId + ":U" + user + ":" + sequence;
                    keys.add(key);
                    world.enqueue(OutboxWorld.post(teamId, key, "U" + (100 + user), key));
                }
            }
        }
        var settings = DispatcherSettings.DEFAULT.unpaced().withSenders(4);

        try (var first = world.dispatcherWithToken("xoxb-first", settings);
                var second = world.dispatcherWithToken("xoxb-second", settings)) {
            first.start();
            second.start();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> world.outbox.countsByStatus().get("SENT") == keys.size());
        }

        var texts = world.postedTexts();
        assertThat(texts).hasSize(keys.size()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(world.slack.callsWithToken("xoxb-first"))
                .as("the first dispatcher's calls")
                .isNotEmpty();
        assertThat(world.slack.callsWithToken("xoxb-second"))
                .as("the second dispatcher's calls")
                .isNotEmpty();
        // Each workspace's recipients heard in order, whichever dispatcher sent to them.
        var byRecipient =
                texts.stream().collect(Collectors.groupingBy(text -> text.substring(0, text.lastIndexOf(':'))));
        byRecipient.values().forEach(inOrder -> assertThat(inOrder).isSorted());
        assertThat(world.count("SELECT count(*) FROM dispatch_workspaces"))
                .as("workspaces held")
                .isZero();
    }

    @Test
    void stoppingMidBurstLosesNothingAndDoublesNothing() {
        world.slack.latency(Duration.ofMillis(30));
        var keys = new ArrayList<String>();
        for (int user = 0; user < 100; user++) {
            var key = "burst:" + user;
            keys.add(key);
            world.enqueue(OutboxWorld.post(key, "U" + (100 + user), key));
        }
        var settings = DispatcherSettings.DEFAULT.unpaced().withSenders(5);

        var stopping = world.dispatcher(settings);
        stopping.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> world.slack.calls("chat.postMessage").size() >= 10);
        stopping.close();

        assertThat(world.count("SELECT count(*) FROM outbox WHERE lease_owner IS NOT NULL"))
                .as("claims left behind")
                .isZero();
        assertThat(world.outbox.countsByStatus().get("SENT")).isLessThan(100L);
        try (var next = world.dispatcher(settings)) {
            next.start();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> world.outbox.countsByStatus().get("SENT") == 100);
        }
        assertThat(world.postedTexts()).containsExactlyInAnyOrderElementsOf(keys);
    }
}
