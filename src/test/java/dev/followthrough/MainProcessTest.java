package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainProcessTest {

    private static final String SECRET = "process-test-signing-secret";

    @Test
    void withoutSlackTokensItNamesWhatIsMissingAndExitsWithTwo() {
        try (var service = ServiceProcess.start(Map.of())) {
            var status = service.awaitExit(Duration.ofSeconds(30));

            assertThat(status).isEqualTo(2);
            assertThat(service.output())
                    .contains("SLACK_BOT_TOKEN is missing")
                    .contains("SLACK_SIGNING_SECRET is missing")
                    .contains("README.md")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void onAPlatformWithoutEmbeddedBinariesItSaysToSetDatabaseUrlAndExitsWithTwo() throws Exception {
        var dataDir = java.nio.file.Files.createTempDirectory("no-binaries");
        var environment = Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-process-test",
                "SLACK_SIGNING_SECRET",
                SECRET,
                "SLACK_API_URL",
                "http://127.0.0.1:9/api/",
                "PORT",
                Integer.toString(ServiceProcess.freePort()),
                "DATA_DIR",
                dataDir.toString());
        try (var service = ServiceProcess.start(
                System.getProperty("java.class.path"), java.util.List.of("-Dos.arch=s390x"), environment)) {
            var status = service.awaitExit(Duration.ofSeconds(60));

            assertThat(status).isEqualTo(2);
            assertThat(service.output())
                    .contains("no embedded PostgreSQL for this platform")
                    .contains("s390x")
                    .contains("DATABASE_URL")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void anUnknownCommandIsNamedWithTheUsage() {
        try (var service = ServiceProcess.start(Map.of(), "frobnicate")) {
            assertThat(service.awaitExit(Duration.ofSeconds(30))).isEqualTo(2);
            assertThat(service.output()).contains("Unknown command: frobnicate").contains("Usage:");
        }
    }

    @Test
    void serveHelpExitsWithoutStartingTheService() throws Exception {
        var dataDir = Files.createTempDirectory("followthrough-data");
        var environment = Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-process-test",
                "SLACK_SIGNING_SECRET",
                SECRET,
                "SLACK_API_URL",
                "http://127.0.0.1:" + ServiceProcess.freePort() + "/api/",
                "PORT",
                Integer.toString(ServiceProcess.freePort()),
                "DATA_DIR",
                dataDir.toString());

        try (var help = ServiceProcess.start(environment, "serve", "--help")) {
            assertThat(help.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThat(help.output()).startsWith("usage: serve").doesNotContain("Starting");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).as("no embedded database was started").isEmpty();
        }
    }

    @Test
    void healthcheckExitsZeroOnTheRunningServiceAndOneWithOneLineOnAClosedPort() {
        var healthy = Map.of(
                "PORT",
                Integer.toString(RunningFollowthrough.shared().application.httpPort()));
        HealthCheckCommandTest.awaitWarm(healthy);
        try (var check = ServiceProcess.start(healthy, "healthcheck")) {
            assertThat(check.awaitExit(Duration.ofSeconds(30)))
                    .as(check.output())
                    .isZero();
            assertThat(check.output().lines()).singleElement().asString().contains("\"status\":\"ok\"");
        }

        var closedPort = ServiceProcess.freePort();
        try (var unreachable = ServiceProcess.start(Map.of("PORT", Integer.toString(closedPort)), "healthcheck")) {
            assertThat(unreachable.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(unreachable.output().lines())
                    .singleElement()
                    .asString()
                    .startsWith("Not reachable: http://127.0.0.1:" + closedPort + "/healthz");
        }
    }

    @Test
    void onEmbeddedPostgresPromisesSurviveARestartAndSigtermExitsCleanly() throws Exception {
        try (var slack = new SlackStandIn()) {
            var port = ServiceProcess.freePort();
            var environment = environment(slack, port, "followthrough-data");
            var requests = new SlackRequests(port, SECRET, slack);

            try (var first = ServiceProcess.start(environment)) {
                first.awaitHealthy(port, Duration.ofSeconds(90));
                var recorded = requests.slashCommand("U100", "C200", "send the proposal to Acme");
                assertThat(recorded.statusCode()).isEqualTo(200);
                first.terminate();
                assertThat(first.awaitExit(Duration.ofSeconds(60))).isEqualTo(0);
                assertThat(first.output()).contains("Followthrough stopped").doesNotContain("ERROR");
                // In text, a line names its team and commitment at its end.
                assertThat(first.output().lines())
                        .filteredOn(line -> line.contains("Slack request kind=command"))
                        .singleElement()
                        .asString()
                        .matches(".* INFO .*Slack request kind=command user=U100 id=/promise status=200 ms=\\d+"
                                + " team=T0001 commitment=\\d+");
            }

            try (var second = ServiceProcess.start(environment)) {
                second.awaitHealthy(port, Duration.ofSeconds(90));
                var list = requests.slashCommand("U100", "D300", "list");
                var blocks =
                        JsonParser.parseString(list.body()).getAsJsonObject().getAsJsonArray("blocks");
                assertThat(blocks.toString()).contains("send the proposal to Acme");
                second.terminate();
                assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(0);
            }
        }
    }

    @Test
    void aStopAskedWhileStartingIsHonouredInOrderOnceStartUpEnds() throws Exception {
        try (var slack = new SlackStandIn()) {
            var port = ServiceProcess.freePort();
            var environment = environment(slack, port, "followthrough-stop-early");

            try (var service = ServiceProcess.start(environment)) {
                // The first line is written before the embedded database is even set up: well inside start-up.
                org.awaitility.Awaitility.await()
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> service.output().contains("Starting with"));
                service.terminate();

                assertThat(service.awaitExit(Duration.ofSeconds(180))).isEqualTo(0);
                assertThat(service.output())
                        .contains("Followthrough will stop as soon as start-up ends")
                        .contains("Followthrough stopped")
                        .doesNotContain("ERROR")
                        .doesNotContain("\tat ");
            }
        }
    }

    /** What the service needs to serve on {@code port}, talking to {@code slack}, with a data directory of its own. */
    private static Map<String, String> environment(SlackStandIn slack, int port, String dataDirectoryPrefix)
            throws java.io.IOException {
        var environment = new HashMap<String, String>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-process-test");
        environment.put("SLACK_SIGNING_SECRET", SECRET);
        environment.put("SLACK_API_URL", slack.apiUrl());
        environment.put("PORT", Integer.toString(port));
        environment.put(
                "DATA_DIR", Files.createTempDirectory(dataDirectoryPrefix).toString());
        return environment;
    }
}
