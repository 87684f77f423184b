package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.SlackStandIn.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxOrderingTest {

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("outbox_ordering");
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
    void aRecipientsMessagesGoOutInTheOrderTheyWereEnqueued() {
        world.enqueue(OutboxWorld.post("k1", "U100", "first"));
        world.enqueue(OutboxWorld.post("k2", "U200", "other"));
        world.enqueue(OutboxWorld.post("k3", "U100", "second"));
        world.enqueue(OutboxWorld.post("k4", "U100", "third"));

        assertThat(world.dispatcher().dispatchOnce()).isEqualTo(4);

        assertThat(world.postedTexts()).containsSubsequence("first", "second", "third");
        assertThat(world.postedTexts()).contains("other");
    }

    @Test
    void aBackingOffMessageHoldsBackItsRecipientsLaterMessagesButNoOneElses() {
        world.slack.script("chat.postMessage", Response.status(500));
        world.enqueue(OutboxWorld.post("k1", "U100", "first"));
        world.enqueue(OutboxWorld.post("k2", "U100", "second"));
        world.enqueue(OutboxWorld.post("k3", "U200", "for someone else"));
        // One sender, so the scripted 500 meets the first message rather than whichever call lands first.
        var oneAtATime = DispatcherSettings.DEFAULT.unpaced().withSenders(1);

        assertThat(world.dispatcher(oneAtATime).dispatchOnce()).isEqualTo(1);
        assertThat(world.postedTexts()).containsExactly("first", "for someone else");

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(world.dispatcher(oneAtATime).dispatchOnce()).isZero();
        assertThat(world.row("k2").status()).isEqualTo("PENDING");

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(world.dispatcher(oneAtATime).dispatchOnce()).isEqualTo(2);
        assertThat(world.postedTexts()).containsExactly("first", "for someone else", "first", "second");
    }

    @Test
    void aFailedMessageDoesNotHoldBackItsRecipient() {
        // msg_too_long would be tried again as plain text (see OutboxFallbackAndConfirmationTest).
        world.slack.script("chat.postMessage", Response.error("invalid_arguments"));
        world.enqueue(OutboxWorld.post("k1", "C100", "not what Slack takes"));
        world.enqueue(OutboxWorld.post("k2", "C100", "short"));

        assertThat(world.dispatcher().dispatchOnce()).isEqualTo(1);

        assertThat(world.row("k1").status()).isEqualTo("FAILED");
        assertThat(world.row("k2").status()).isEqualTo("SENT");
    }
}
