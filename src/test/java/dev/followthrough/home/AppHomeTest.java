package dev.followthrough.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.RunningFollowthrough;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppHomeTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void openingTheHomeTabPublishesTheUsersOpenPromises() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");

        var response = followthrough.requests.send(homeOpened("Ev1", "home"), "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("views.publish").isEmpty());
        var publish = followthrough.slack.calls("views.publish").get(0);
        assertThat(publish.param("user_id")).isEqualTo("U100");
        assertThat(publish.param("view")).contains("\"type\":\"home\"").contains("send Acme the deck");
    }

    @Test
    void aRetriedEventPublishesOnce() throws Exception {
        var body = homeOpened("Ev2", "home");
        followthrough.requests.send(body, "application/json", Map.of());
        followthrough.requests.send(
                body, "application/json", Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("views.publish").isEmpty());
        Thread.sleep(500);
        assertThat(followthrough.slack.calls("views.publish")).hasSize(1);
    }

    @Test
    void openingTheMessagesTabPublishesNothing() throws Exception {
        var response = followthrough.requests.send(homeOpened("Ev3", "messages"), "application/json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(followthrough.slack.calls("views.publish")).isEmpty();
    }

    private static String homeOpened(String eventId, String tab) {
        return """
                {"token":"legacy","team_id":"T0001","api_app_id":"A0001","type":"event_callback",\
                "event_id":"%s","event_time":1700000000,\
                "authorizations":[{"team_id":"T0001","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"app_home_opened","user":"U100","channel":"D0001","tab":"%s",\
                "event_ts":"1700000000.000100"}}""".formatted(eventId, tab);
    }
}
