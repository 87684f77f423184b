package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxThroughTheAppTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void reset() {
        followthrough.reset();
    }

    @Test
    void aMessageEnqueuedInTheAppsDatabaseReachesSlackOnceThroughTheScheduledDispatcher() {
        var outbox = new Outbox(followthrough.jdbi, followthrough.clock);
        var message = OutboxMessage.post(
                "T0001",
                "nudge:9:v1:60",
                "U100",
                "Due in 1 hour: the revised proposal to Acme",
                null,
                Optional.empty(),
                Optional.of(9L));

        followthrough.jdbi.useTransaction(handle -> outbox.enqueue(handle, message));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(outbox.sent("T0001", "nudge:9:v1:60")).isPresent());
        var posted = followthrough.slack.calls("chat.postMessage").stream()
                .filter(call -> "U100".equals(call.param("channel")))
                .toList();
        assertThat(posted).singleElement().satisfies(call -> {
            assertThat(call.param("text")).isEqualTo("Due in 1 hour: the revised proposal to Acme");
            assertThat(call.authorization()).isEqualTo("Bearer xoxb-test-token");
        });
    }
}
