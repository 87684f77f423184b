package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import dev.followthrough.support.SlackStandIn.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("outbox_enqueue");
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
    void enqueueingTheSameKeyTwiceKeepsOneRowAndSendsOneMessage() {
        assertThat(world.enqueue(OutboxWorld.post("nudge:42:v1:1440", "U100", "Due tomorrow")))
                .isTrue();
        assertThat(world.enqueue(OutboxWorld.post("nudge:42:v1:1440", "U100", "Due tomorrow, again")))
                .isFalse();

        assertThat(world.dispatcher().dispatchOnce()).isEqualTo(1);
        assertThat(world.dispatcher().dispatchOnce()).isZero();

        assertThat(world.postedTexts()).containsExactly("Due tomorrow");
        assertThat(world.outbox.countsByStatus())
                .isEqualTo(Map.of("PENDING", 0L, "SENT", 1L, "FAILED", 0L, "CANCELLED", 0L));
    }

    @Test
    void theSameKeyInAnotherWorkspaceIsAnotherMessage() {
        world.enqueue(OutboxWorld.post("nudge:42:v1:1440", "U100", "For the first workspace"));
        var other = OutboxMessage.post(
                "T0002", "nudge:42:v1:1440", "U100", "For the second", null, Optional.empty(), Optional.empty());

        assertThat(world.enqueue(other)).isTrue();
    }

    @Test
    void aMessageCommitsOrRollsBackWithTheCallersTransaction() {
        assertThatThrownBy(() -> world.jdbi.useTransaction(handle -> {
                    world.outbox.enqueue(handle, OutboxWorld.post("missed:7:v1", "U100", "Missed"));
                    throw new IllegalStateException("the state change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(world.outbox.countsByStatus()).containsEntry("PENDING", 0L);
        assertThat(world.enqueue(OutboxWorld.post("missed:7:v1", "U100", "Missed")))
                .isTrue();
    }

    @Test
    void sentTellsWhereSlackPutTheMessageSoItCanBeUpdated() {
        world.slack.script(
                "chat.postMessage", Response.json("{\"ok\":true,\"channel\":\"D100\",\"ts\":\"1700000000.000100\"}"));
        world.enqueue(OutboxWorld.post("nudge:42:v1:60", "U100", "Due in 1 hour"));
        assertThat(world.outbox.sent("T0001", "nudge:42:v1:60")).isEmpty();

        world.dispatcher().dispatchOnce();

        var sent = world.outbox.sent("T0001", "nudge:42:v1:60").orElseThrow();
        assertThat(sent).isEqualTo(new SentMessage("D100", "1700000000.000100"));
        assertThat(world.outbox.sent("T0002", "nudge:42:v1:60")).isEmpty();

        var blocks = BlockJson.of(List.of(
                Blocks.section(section -> section.text(BlockCompositions.markdownText("~Due in 1 hour~ Delivered")))));
        world.enqueue(OutboxMessage.update(
                "T0001", "nudge:42:v1:60:done", sent.channel(), sent.ts(), "Delivered", blocks, Optional.of(42L)));
        world.dispatcher().dispatchOnce();

        var update = world.slack.calls("chat.update").get(0);
        assertThat(update.param("channel")).isEqualTo("D100");
        assertThat(update.param("ts")).isEqualTo("1700000000.000100");
        assertThat(update.param("text")).isEqualTo("Delivered");
        // JSONB keeps the blocks' meaning, not their spacing or key order.
        assertThat(JsonParser.parseString(update.param("blocks"))).isEqualTo(JsonParser.parseString(blocks));
    }

    @Test
    void aMessageWithNeitherTextNorBlocksIsRefusedBeforeItIsEnqueued() {
        assertThatThrownBy(() -> OutboxWorld.post("nudge:1:v1:60", "U100", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
