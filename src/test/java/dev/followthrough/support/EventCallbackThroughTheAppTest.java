package dev.followthrough.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An Events API envelope built by {@link SlackRequests#eventCallback} is one Bolt accepts. */
class EventCallbackThroughTheAppTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void clean() {
        followthrough.reset();
    }

    @Test
    void aHomeOpenedEventFromTheBuilderPublishesTheHome() {
        var event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", "U100");
        event.addProperty("channel", "D0001");
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000000.000100");

        var answer = followthrough.requests.event(followthrough.requests.eventCallback(event));

        assertThat(answer.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("views.publish").isEmpty());
        assertThat(followthrough.slack.calls("views.publish").get(0).param("user_id"))
                .isEqualTo("U100");
    }
}
