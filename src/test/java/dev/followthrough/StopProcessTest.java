package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.PostgresProcesses;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SIGTERM, as Docker and Kubernetes send it, ends the process in order and with 0 within the
 * README's 30 s, even with its embedded database frozen (every PostgreSQL process stopped: its
 * sockets open, nothing answering); and the next start on the same {@code DATA_DIR} works.
 */
@Timeout(300)
class StopProcessTest {

    private static final String SECRET = "stop-process-test-signing-secret";
    private static final Duration README_BOUND = Duration.ofSeconds(30);

    @Test
    void sigtermWithTheEmbeddedDatabaseFrozenExitsZeroInTimeAndTheNextStartWorks() throws Exception {
        var dataDir = Files.createTempDirectory("stop-frozen");
        var port = ServiceProcess.freePort();
        try (var slack = new SlackStandIn()) {
            var environment = environment(slack, dataDir, port);
            var frozen = new ArrayList<Long>();
            try (var service = ServiceProcess.start(environment)) {
                service.awaitHealthy(port, Duration.ofSeconds(90));
                frozen.addAll(PostgresProcesses.freeze(
                        ServiceProcess.embeddedPostmaster(dataDir).orElseThrow().pid()));

                var started = System.nanoTime();
                service.terminate();
                var status = service.awaitExit(README_BOUND);
                var took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(status).as(service.output()).isZero();
                assertThat(took).isLessThan(Main.STOP_LIMIT);
                assertThat(service.output())
                        .contains("the database does not answer: its connections are cut")
                        .contains("Followthrough stopped")
                        .doesNotContain("ERROR")
                        .doesNotContain("\tat ");
            } finally {
                PostgresProcesses.signal("CONT", frozen);
            }
            try (var again = ServiceProcess.start(environment)) {
                again.awaitHealthy(port, Duration.ofSeconds(120));
                again.terminate();
                assertThat(again.awaitExit(README_BOUND)).as(again.output()).isZero();
            }
        }
    }

    private static Map<String, String> environment(SlackStandIn slack, Path dataDir, int port) {
        var environment = new HashMap<String, String>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-stop-test");
        environment.put("SLACK_SIGNING_SECRET", SECRET);
        environment.put("SLACK_API_URL", slack.apiUrl());
        environment.put("PORT", Integer.toString(port));
        environment.put("DATA_DIR", dataDir.toString());
        return environment;
    }
}
