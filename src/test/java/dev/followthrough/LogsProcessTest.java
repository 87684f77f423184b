package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LOG_FORMAT and LOG_LEVEL as an operator sets them, on the service as a process of its own. */
class LogsProcessTest {

    private static final String SECRET = "logs-process-test-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inJsonEveryLineIsAnObjectAndAPromisesRequestLineNamesItsTeamAndCommitment() throws IOException {
        try (var slack = new SlackStandIn()) {
            var port = ServiceProcess.freePort();
            var environment = environment(port, slack.apiUrl());
            environment.put("LOG_FORMAT", "json");
            var requests = new SlackRequests(port, SECRET, slack);

            try (var service = ServiceProcess.start(environment)) {
                service.awaitHealthy(port, Duration.ofSeconds(90));
                assertThat(requests.slashCommand("U100", "C200", "send the confidential memo to Acme by Fri")
                                .statusCode())
                        .isEqualTo(200);
                service.terminate();
                assertThat(service.awaitExit(Duration.ofSeconds(60))).isEqualTo(0);

                var lines = objects(service.output());
                assertThat(lines)
                        .isNotEmpty()
                        .allSatisfy(line -> assertThat(line.fieldNames())
                                .toIterable()
                                .contains("timestamp", "level", "loggerName", "message", "formattedMessage", "mdc"));
                assertThat(lines)
                        .filteredOn(line -> line.get("loggerName").asText().endsWith(".RequestLog"))
                        .singleElement()
                        .satisfies(request -> {
                            assertThat(request.get("level").asText()).isEqualTo("INFO");
                            assertThat(request.get("formattedMessage").asText())
                                    .startsWith("Slack request kind=command user=U100 id=/promise status=200");
                            assertThat(request.get("mdc").get("team").asText()).isEqualTo(SlackRequests.TEAM);
                            assertThat(request.get("mdc").get("commitment").asText())
                                    .matches("\\d+");
                        });
                assertThat(lines)
                        .extracting(line -> line.get("formattedMessage").asText())
                        .contains("Followthrough stopped");
                assertThat(service.output()).doesNotContain("confidential").doesNotContain(SECRET);
            }
        }
    }

    @Test
    void atWarnNoInfoLineIsWritten() throws IOException {
        var port = ServiceProcess.freePort();
        // Nothing listens there: Slack can't be reached, which is a WARN.
        var environment = environment(port, "http://127.0.0.1:" + ServiceProcess.freePort() + "/api/");
        environment.put("LOG_LEVEL", "warn");

        try (var service = ServiceProcess.start(environment)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> service.output().contains("Slack's Web API at"));
            service.awaitHealthy(port, Duration.ofSeconds(90));
            service.terminate();
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isEqualTo(0);

            assertThat(service.output().lines())
                    .anySatisfy(line -> assertThat(line).contains(" WARN ").contains("Slack's Web API at"))
                    .noneSatisfy(line -> assertThat(line).contains(" INFO "));
        }
    }

    @Test
    void aFormatOrLevelNotAllowedStopsStartWithTwoAndSaysWhatIsAllowed() {
        var environment = environment(ServiceProcess.freePort(), "http://127.0.0.1:1/api/");
        environment.put("LOG_FORMAT", "yaml");
        environment.put("LOG_LEVEL", "verbose");

        try (var service = ServiceProcess.start(environment)) {
            assertThat(service.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);

            assertThat(service.output())
                    .startsWith("Followthrough can't start; fix these environment variables:")
                    .contains("  - LOG_FORMAT must be text or json, not yaml.")
                    .contains("  - LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, not verbose.")
                    .doesNotContain("Exception")
                    .doesNotContain("|-");
        }
    }

    @Test
    void inJsonARefusedStartIsStillSaidInPlainWords() {
        var environment = environment(ServiceProcess.freePort(), "http://127.0.0.1:1/api/");
        environment.put("LOG_FORMAT", "json");
        environment.put("LOG_LEVEL", "loud");
        environment.remove("SLACK_BOT_TOKEN");

        try (var service = ServiceProcess.start(environment)) {
            assertThat(service.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);

            assertThat(service.output().lines())
                    .startsWith("Followthrough can't start; fix these environment variables:")
                    .anySatisfy(line -> assertThat(line).startsWith("  - SLACK_BOT_TOKEN is missing"))
                    .contains("  - LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, not loud.");
        }
    }

    private static Map<String, String> environment(int port, String slackApiUrl) {
        var environment = new HashMap<String, String>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-logs-process-test");
        environment.put("SLACK_SIGNING_SECRET", SECRET);
        environment.put("SLACK_API_URL", slackApiUrl);
        environment.put("PORT", Integer.toString(port));
        try {
            environment.put(
                    "DATA_DIR", Files.createTempDirectory("followthrough-logs").toString());
        } catch (IOException noTemp) {
            throw new UncheckedIOException(noTemp);
        }
        return environment;
    }

    /** Each line of {@code output} read as JSON; one that is not fails the test, named. */
    static List<JsonNode> objects(String output) {
        return output.lines()
                .map(line -> {
                    try {
                        var node = JSON.readTree(line);
                        assertThat(node.isObject())
                                .as("a JSON object: %s", line)
                                .isTrue();
                        return node;
                    } catch (IOException notJson) {
                        throw new AssertionError("Not a line of JSON: " + line, notJson);
                    }
                })
                .toList();
    }
}
