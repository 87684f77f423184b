package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingPromiseTest {

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @Test
    void promiseInAChannelIsSavedAndShownToTheChannel() {
        var response = followthrough.requests.slashCommand("U100", "C200", "send the deck by tomorrow");

        assertThat(response.statusCode()).isEqualTo(200);
        var answer = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(answer.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(answer.get("text").getAsString()).contains("send the deck");
        var row = followthrough.jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT owner_id, what, firmness, due_at, channel_id, status, due_zone FROM commitments")
                .mapToMap()
                .one());
        assertThat(row).containsEntry("owner_id", "U100").containsEntry("what", "send the deck");
        assertThat(row).containsEntry("channel_id", "C200").containsEntry("status", "OPEN");
        assertThat(row).containsEntry("firmness", "HARD").containsEntry("due_zone", "America/New_York");
        assertThat(((java.sql.Timestamp) row.get("due_at")).toInstant())
                .isEqualTo(Instant.parse("2026-11-24T22:00:00Z"));
        assertThat(followthrough.slack.calls("users.info")).hasSize(1);
    }

    @Test
    void slackRetryOfTheSameCommandSavesNothingMore() {
        var command = followthrough.requests.command("U100", "C200", "send the deck by tomorrow");
        var body = SlackRequests.form(command);

        var first = followthrough.requests.send(body, "application/x-www-form-urlencoded", Map.of());
        var retry = followthrough.requests.send(
                body,
                "application/x-www-form-urlencoded",
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(count("commitments")).isEqualTo(1);
        assertThat(count("commitment_events")).isEqualTo(1);
    }

    private long count(String table) {
        return followthrough.jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM " + table)
                .mapTo(Long.class)
                .one());
    }
}
