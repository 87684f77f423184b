package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.SlackStandIn.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DispatcherPacingTest {

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("dispatcher_pacing");
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
    void aRateLimitPausesItsWholeWorkspaceAndNoOtherUntilRetryAfter() {
        world.slack.script("chat.postMessage", Response.rateLimited(5));
        world.enqueue(OutboxWorld.post("T0001", "k1", "U100", "limited"));
        world.enqueue(OutboxWorld.post("T0001", "k2", "U200", "same workspace"));
        world.enqueue(OutboxWorld.post("T0002", "k3", "U100", "other workspace"));
        // One at a time, so the 429 meets the first message before the others are claimed.
        var oneAtATime = DispatcherSettings.DEFAULT.unpaced().withSenders(1);

        // One dispatcher throughout: it paces the workspace, so it is the one that remembers the pause.
        var dispatcher = world.dispatcher(oneAtATime);
        assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
        assertThat(world.postedTexts()).containsExactly("limited", "other workspace");
        assertThat(world.row("k1").nextAttemptAt()).isEqualTo(OutboxWorld.START.plusSeconds(5));
        assertThat(world.row("k2").attempts())
                .as("attempts at the paused workspace's other message")
                .isZero();

        world.clock.advance(Duration.ofSeconds(4));
        assertThat(dispatcher.dispatchOnce()).isZero();
        world.clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchOnce()).isEqualTo(2);
        assertThat(world.postedTexts()).hasSize(4);
        assertThat(world.postedTexts().subList(2, 4)).containsExactlyInAnyOrder("limited", "same workspace");
    }

    @Test
    void aBurstToOneChannelKeepsUnderSlacksLimitForIt() {
        warmUp();
        world.slack.limitPostsPerChannel(1, 2);
        for (int sequence = 0; sequence < 5; sequence++) {
            world.enqueue(OutboxWorld.post("k" + sequence, "C100", "#" + sequence));
        }
        // A little under the stand-in's rate: the two clocks' buckets start a few milliseconds apart.
        var settings = DispatcherSettings.DEFAULT.unpaced().withPostPaces(1_000, 100, 0.9, 2);

        try (var dispatcher = world.dispatcher(settings)) {
            dispatcher.start();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> world.outbox.countsByStatus().get("SENT") == 5);
        }

        var posts = world.slack.postsToChannel(SlackStandIn.DEFAULT_TEAM, "C100");
        assertThat(posts.allowed()).isEqualTo(5);
        assertThat(posts.limited()).as("posts the channel's limit refused").isZero();
    }

    @Test
    void aBurstAcrossAWorkspacesChannelsKeepsUnderItsWorkspaceWideLimit() {
        warmUp();
        world.slack.limitPostsPerWorkspace(120, 5);
        for (int channel = 0; channel < 15; channel++) {
            world.enqueue(OutboxWorld.post("k" + channel, "C" + (100 + channel), "#" + channel));
        }
        var settings = DispatcherSettings.DEFAULT.unpaced().withPostPaces(108, 5, 1_000, 100);

        try (var dispatcher = world.dispatcher(settings)) {
            dispatcher.start();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> world.outbox.countsByStatus().get("SENT") == 15);
        }

        var posts = world.slack.postsInWorkspace(SlackStandIn.DEFAULT_TEAM);
        assertThat(posts.allowed()).isEqualTo(15);
        assertThat(posts.limited()).as("posts the workspace's limit refused").isZero();
    }

    /**
     * One message first, so the client's first connection is made: the dispatcher paces when it
     * claims, and calls held up together by a cold start would reach Slack closer together than paced.
     */
    private static void warmUp() {
        world.enqueue(OutboxWorld.post("warm-up", "C999", "warm up"));
        world.dispatcher().dispatchOnce();
        world.reset();
    }
}
