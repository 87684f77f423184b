package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.PostgresProcesses;
import dev.followthrough.support.PrometheusText;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackStandIn;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The database stopped under the running service and started again: its output says so in one
 * WARN line when the outage starts and one INFO line when it ends, with no stack trace and no
 * ERROR, however many times Quartz, the jobs and the dispatcher found it away in between.
 */
@Timeout(300)
class DatabaseOutageProcessTest {

    @Test
    void anOutageIsOneWarningWhenItStartsAndOneLineWhenItEnds() throws Exception {
        var dataDirectory = Files.createTempDirectory("outage-process");
        var databasePort = ServiceProcess.freePort();
        var port = ServiceProcess.freePort();
        var server = PostgresProcesses.start(dataDirectory, databasePort);
        try (var slack = new SlackStandIn()) {
            var environment = new HashMap<String, String>();
            environment.put("SLACK_BOT_TOKEN", "xoxb-outage-test");
            environment.put("SLACK_SIGNING_SECRET", "outage-process-test-signing-secret");
            environment.put("SLACK_API_URL", slack.apiUrl());
            environment.put("PORT", Integer.toString(port));
            environment.put("DATABASE_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres?user=postgres");
            try (var service = ServiceProcess.start(environment)) {
                service.awaitHealthy(port, Duration.ofSeconds(90));

                server.close();
                server = null;
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> service.output().contains("database unreachable"));
                // Found away again and again: each time the pool gives up on a connection after its 2 s.
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> PrometheusText.of(port).sum("hikaricp_connections_timeout_total", Map.of()) >= 8);

                server = PostgresProcesses.start(dataDirectory, databasePort);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> service.output().contains("database reachable again"));
                service.awaitHealthy(port, Duration.ofSeconds(30));

                var lines = service.output().lines().toList();
                assertThat(lines.stream().filter(line -> line.contains("database unreachable")))
                        .singleElement()
                        .asString()
                        .contains(" WARN ")
                        .endsWith("; retrying");
                assertThat(lines.stream().filter(line -> line.contains("database reachable again")))
                        .singleElement()
                        .asString()
                        .contains(" INFO ")
                        .matches(".*database reachable again after \\d+ s");
                assertThat(lines)
                        .noneMatch(line -> line.contains(" ERROR "))
                        .noneMatch(line -> line.startsWith("\tat "))
                        .noneMatch(line -> line.contains("Exception"));

                service.terminate();
                assertThat(service.awaitExit(Duration.ofSeconds(30))).isZero();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
