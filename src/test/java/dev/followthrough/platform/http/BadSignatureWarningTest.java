package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import dev.followthrough.support.CapturedLogs;
import dev.followthrough.support.SlackRequests;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bad signature is worth one WARN that says what to check; a flood of them is worth no more. */
class BadSignatureWarningTest {

    private HttpServer server;
    private SlackRequests requests;

    @BeforeEach
    void startAServerOfItsOwn() {
        // Its own server, so no other test's refusals have used up this minute's line.
        var app = new App(AppConfig.builder().signingSecret("the-real-secret").build());
        server = new HttpServer(0, app, true, () -> true, MetricsEndpoint.open(new SimpleMeterRegistry(), () -> ""));
        server.start();
        requests = new SlackRequests(server.port(), "a-stale-secret", null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBadSignatureIsOneWarningNamingTheSigningSecret() {
        try (var logs = CapturedLogs.of(SlackRequestGate.class)) {
            var response =
                    requests.send("command=%2Fpromise&text=hello", "application/x-www-form-urlencoded", Map.of());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(logs.events()).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage())
                        .contains("SLACK_SIGNING_SECRET")
                        .contains("401");
                assertThat(event.getThrowableProxy()).isNull();
            });
        }
    }

    @Test
    void aBurstOfFiftyBadSignaturesIsLoggedOnceOrTwice() {
        try (var logs = CapturedLogs.of(SlackRequestGate.class)) {
            for (int attempt = 0; attempt < 50; attempt++) {
                var response = requests.send("text=attempt+" + attempt, "application/x-www-form-urlencoded", Map.of());
                assertThat(response.statusCode()).isEqualTo(401);
            }

            assertThat(logs.events()).hasSizeBetween(1, 2).allSatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage()).contains("SLACK_SIGNING_SECRET");
            });
        }
    }

    @Test
    void unsignedAndStaleRequestsShareTheSameQuietWarning() {
        try (var logs = CapturedLogs.of(SlackRequestGate.class)) {
            var stale = Long.toString(Instant.now().minusSeconds(600).getEpochSecond());
            for (int attempt = 0; attempt < 25; attempt++) {
                requests.sendRaw("text=a", "application/x-www-form-urlencoded", Map.of());
                requests.sendRaw(
                        "text=a",
                        "application/x-www-form-urlencoded",
                        Map.of(
                                "X-Slack-Request-Timestamp",
                                stale,
                                "X-Slack-Signature",
                                requests.sign(stale, "text=a")));
            }

            assertThat(logs.events()).hasSizeBetween(1, 2);
        }
    }
}
