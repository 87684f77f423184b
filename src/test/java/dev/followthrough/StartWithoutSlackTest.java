package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real process started while Slack can't be reached, or refuses the token. */
class StartWithoutSlackTest {

    /** Nothing listens here: connections are refused at once, as with a proxy or DNS failure. */
    private static final String UNREACHABLE_SLACK = "http://127.0.0.1:9/api/";

    @Test
    void aSlackThatCantBeReachedIsLoggedInOneLineAndTheServiceStartsAndKeepsTrying() throws Exception {
        var port = ServiceProcess.freePort();
        try (var service = ServiceProcess.start(environment(port, UNREACHABLE_SLACK, Map.of()))) {
            service.awaitHealthy(port, Duration.ofSeconds(90));
            await().atMost(Duration.ofSeconds(30)).until(() -> count(service.output(), "trying again in") >= 2);

            assertThat(service.output())
                    .contains("Slack's Web API at " + UNREACHABLE_SLACK + " can't be reached")
                    .doesNotContain("The token is invalid")
                    .doesNotContain("\tat ")
                    .doesNotContain("ERROR");
            assertThat(health(port).body()).contains("\"slack\":\"unreachable\"");
            service.terminate();
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isZero();
        }
    }

    @Test
    void aTokenSlackRefusesStopsStartUpInOneLine() throws Exception {
        try (var slack = new SlackStandIn()) {
            slack.fail("auth.test", "invalid_auth");
            var port = ServiceProcess.freePort();
            var environment = environment(port, slack.apiUrl(), Map.of());
            var dataDir = java.nio.file.Path.of(environment.get("DATA_DIR"));
            try (var service = ServiceProcess.start(environment)) {
                assertThat(service.awaitExit(Duration.ofSeconds(90))).isEqualTo(2);
                assertThat(service.output())
                        .contains("Slack refused SLACK_BOT_TOKEN")
                        .contains("invalid_auth")
                        .doesNotContain("\tat ");
                assertThat(ServiceProcess.embeddedPostmaster(dataDir))
                        .as("no embedded PostgreSQL left running after a refused start")
                        .isEmpty();
            }
        }
    }

    @Test
    void inSocketModeAFailedConnectionBacksOffInOneLineAnAttemptAndHealthSaysSo() throws Exception {
        var port = ServiceProcess.freePort();
        var socketMode = Map.of("SLACK_APP_TOKEN", "xapp-unreachable");
        try (var service = ServiceProcess.start(environment(port, UNREACHABLE_SLACK, socketMode))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> answers(port));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> count(service.output(), "Socket Mode can't connect to Slack") >= 2);

            var health = health(port);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"socketMode\":\"disconnected\"");
            var output = service.output();
            assertThat(output).doesNotContain("\tat ").doesNotContain("onError");
            // Back-off: the waits between attempts grow.
            assertThat(output).contains("trying again in 1 s").contains("trying again in 2 s");
            service.terminate();
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isZero();
        }
    }

    private static Map<String, String> environment(int port, String slackApiUrl, Map<String, String> extra)
            throws Exception {
        var environment = new HashMap<String, String>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-start-test");
        environment.put("SLACK_SIGNING_SECRET", "start-test-signing-secret");
        environment.put("SLACK_API_URL", slackApiUrl);
        environment.put("PORT", Integer.toString(port));
        environment.put(
                "DATA_DIR", Files.createTempDirectory("start-without-slack").toString());
        environment.putAll(extra);
        return environment;
    }

    private static boolean answers(int port) {
        try {
            health(port);
            return true;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static HttpResponse<String> health(int port) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private static int count(String text, String part) {
        var count = 0;
        for (var index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1)) {
            count++;
        }
        return count;
    }
}
