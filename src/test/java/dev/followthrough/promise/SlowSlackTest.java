package dev.followthrough.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack answering users.info slower than its own 3 s budget never holds up the answer to /promise. */
class SlowSlackTest {

    private static final Duration SLACKS_PATIENCE = Duration.ofSeconds(3);

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
    }

    @AfterEach
    void quickSlackAgain() {
        followthrough.slack.latency(Duration.ZERO);
    }

    @Test
    void aUserNeverSeenGetsAnAnswerAtOnceAndThePromiseThroughTheResponseUrl() {
        followthrough.slack.latency(Duration.ofMillis(3500));

        var answer = timed(() -> followthrough.requests.slashCommand("U100", "C200", "send Acme the deck by Fri 2pm"));

        var json = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(json.get("text").getAsString()).contains("One moment");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !followthrough.slack.calls("response_url").isEmpty());
        var followUp = followthrough.slack.calls("response_url").get(0);
        assertThat(followUp.param("response_type")).isEqualTo("in_channel");
        assertThat(followUp.param("text")).contains("send Acme the deck");
        assertThat(followthrough.number("SELECT count(*) FROM commitments")).isEqualTo(1);
    }

    @Test
    void aStaleProfileAnswersAtOnceAndIsRefreshedAfterwards() {
        followthrough.slack.user("U100", "Europe/Berlin", "en-GB");
        followthrough.requests.slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");
        followthrough.clock.advance(Duration.ofDays(2));
        followthrough.slack.user("U100", "Asia/Tokyo", "en-GB");
        followthrough.slack.latency(Duration.ofMillis(3500));

        var answer =
                timed(() -> followthrough.requests.slashCommand("U100", "C200", "send Acme the contract by Fri 3pm"));

        assertThat(answer.body()).contains("send Acme the contract");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> followthrough
                        .strings("SELECT time_zone FROM users WHERE user_id = 'U100'")
                        .contains("Asia/Tokyo"));
    }

    private static HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> request) {
        var started = System.nanoTime();
        var response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SLACKS_PATIENCE);
        return response;
    }
}
