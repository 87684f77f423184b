package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutboxConcurrentDispatchTest {

    private static final int RECIPIENTS = 20;
    private static final int MESSAGES_EACH = 10;

    private static OutboxWorld world;

    @BeforeAll
    static void start() {
        world = new OutboxWorld("outbox_concurrent");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @Test
    void twoDispatchersOnOneDatabaseSendEveryMessageOnceAndInOrderPerRecipient() throws Exception {
        for (int sequence = 0; sequence < MESSAGES_EACH; sequence++) {
            for (int recipient = 0; recipient < RECIPIENTS; recipient++) {
                var userId = "U" + (100 + recipient);
                world.enqueue(OutboxWorld.post(userId + ":" + sequence, userId, userId + " #" + sequence));
            }
        }
        var ready = new CountDownLatch(2);
        Callable<Integer> drain = () -> {
            var dispatcher = world.dispatcher();
            ready.countDown();
            ready.await();
            int sent = 0;
            while (world.outbox.countsByStatus().get("PENDING") > 0) {
                sent += dispatcher.dispatchOnce();
            }
            return sent;
        };
        var threads = Executors.newFixedThreadPool(2);
        try {
            var first = threads.submit(drain);
            var second = threads.submit(drain);
            assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS))
                    .isEqualTo(RECIPIENTS * MESSAGES_EACH);
        } finally {
            threads.shutdownNow();
        }

        var posted = world.slack.calls("chat.postMessage");
        assertThat(posted).hasSize(RECIPIENTS * MESSAGES_EACH);
        Map<String, List<String>> textsByRecipient = new LinkedHashMap<>();
        posted.forEach(call -> textsByRecipient
                .computeIfAbsent(call.param("channel"), unused -> new ArrayList<>())
                .add(call.param("text")));
        assertThat(textsByRecipient).hasSize(RECIPIENTS);
        textsByRecipient.forEach((userId, texts) -> {
            var expected = new ArrayList<String>();
            for (int sequence = 0; sequence < MESSAGES_EACH; sequence++) {
                expected.add(userId + " #" + sequence);
            }
            assertThat(texts).as("messages to %s", userId).isEqualTo(expected);
        });
    }
}
