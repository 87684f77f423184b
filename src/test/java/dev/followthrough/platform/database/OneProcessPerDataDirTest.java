package dev.followthrough.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.ServiceProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OneProcessPerDataDirTest {

    @Test
    void aSecondProcessOnTheSameDataDirIsRefusedInOneLineAndTheFirstKeepsWorking() throws Exception {
        var dataDir = Files.createTempDirectory("followthrough-shared");
        try (var first = Database.open(Optional.empty(), dataDir)) {
            first.jdbi().useHandle(handle -> handle.execute("CREATE TABLE kept (what TEXT)"));

            try (var second = ServiceProcess.start(Map.of(
                    "SLACK_BOT_TOKEN",
                    "xoxb-second",
                    "SLACK_SIGNING_SECRET",
                    "second-secret",
                    "PORT",
                    Integer.toString(ServiceProcess.freePort()),
                    "DATA_DIR",
                    dataDir.toString()))) {
                assertThat(second.awaitExit(Duration.ofSeconds(60))).isNotZero();
                assertThat(second.output())
                        .contains("DATA_DIR " + dataDir + " is in use by another running Followthrough (pid "
                                + ProcessHandle.current().pid() + ")")
                        .doesNotContain("\tat ")
                        .doesNotContain("Starting embedded PostgreSQL");
            }

            assertThat(first.isHealthy()).isTrue();
            first.jdbi().useHandle(handle -> handle.execute("INSERT INTO kept VALUES ('after the refusal')"));
            List<String> kept = first.jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT what FROM kept")
                            .mapTo(String.class)
                            .list());
            assertThat(kept).containsExactly("after the refusal");
        }
    }
}
