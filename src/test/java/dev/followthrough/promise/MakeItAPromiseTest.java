package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MakeItAPromiseTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void theShortcutSuggestsThePromiseToRecordForTheMessage() {
        var payload = JsonParser.parseString("""
                {"type":"message_action","callback_id":"make_it_a_promise","trigger_id":"1.2.abc",\
                "response_url":"%s","action_ts":"1700000000.1","message_ts":"1700000000.000200",\
                "team":{"id":"T0001","domain":"example"},"user":{"id":"U100","name":"user","team_id":"T0001"},\
                "channel":{"id":"C200","name":"sales"},\
                "message":{"type":"message","user":"U300","ts":"1700000000.000200","text":"Can you send the pricing?"}}""".formatted(followthrough.slack.responseUrl("shortcut")))
                .getAsJsonObject();

        var response = followthrough.requests.send(
                SlackRequests.form(Map.of("payload", payload.toString())),
                "application/x-www-form-urlencoded",
                Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        var answer = followthrough.slack.calls("response_url").get(0);
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.param("text")).contains("/promise reply to <@U300>").contains("Can you send the pricing?");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isZero();
    }
}
