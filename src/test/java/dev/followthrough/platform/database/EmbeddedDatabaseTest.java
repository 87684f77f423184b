package dev.followthrough.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.followthrough.DatabaseUrl;
import dev.followthrough.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded database opened in this JVM, as {@code Application} opens it. */
class EmbeddedDatabaseTest {

    @Test
    void theEmbeddedServerSyncsEveryCommitToDisk() throws Exception {
        try (var database = Database.open(Optional.empty(), Files.createTempDirectory("durable"))) {
            for (var setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                var value = database.jdbi()
                        .withHandle(handle -> handle.createQuery("SHOW " + setting)
                                .mapTo(String.class)
                                .one());
                assertThat(value).as(setting).isEqualTo("on");
            }
        }
    }

    @Test
    void whatAFirstStartKilledDuringInitializationLeftIsMadeAgain() throws Exception {
        var dataDir = Files.createTempDirectory("half-made");
        for (var halfMade : List.of(dataDir.resolve("pg"), dataDir.resolve("pg-initializing"))) {
            Files.createDirectories(halfMade.resolve("base").resolve("1"));
            Files.writeString(halfMade.resolve("PG_VERSION"), "16\n");
        }

        try (var database = Database.open(Optional.empty(), dataDir)) {
            assertThat(database.isHealthy()).isTrue();
        }
        assertThat(dataDir.resolve("pg").resolve("postgresql.conf")).exists();
        assertThat(dataDir.resolve("pg-initializing")).doesNotExist();
    }

    @Test
    void aPidFileNamingALiveProcessThatIsNotPostgresDoesNotStopTheStart() throws Exception {
        var dataDir = Files.createTempDirectory("stale-pid");
        String leftByTheServer;
        try (var database = Database.open(Optional.empty(), dataDir)) {
            database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE kept (what TEXT)"));
            database.jdbi().useHandle(handle -> handle.execute("INSERT INTO kept VALUES ('still here')"));
            leftByTheServer = Files.readString(pidFile(dataDir));
        }
        // In a container pids repeat: the pid the crashed postmaster had now belongs to something else.
        var unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(pidFile(dataDir), leftByTheServer.replaceFirst("^\\d+", Long.toString(unrelated.pid())));

            try (var database = Database.open(Optional.empty(), dataDir)) {
                assertThat(database.isHealthy()).isTrue();
                List<String> kept = database.jdbi()
                        .withHandle(handle -> handle.createQuery("SELECT what FROM kept")
                                .mapTo(String.class)
                                .list());
                assertThat(kept).containsExactly("still here");
            }
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void aPidFileNamingAnotherDirectorysPostgresLeavesThatServerAlone() throws Exception {
        var otherDataDir = Files.createTempDirectory("other-server");
        var dataDir = Files.createTempDirectory("pid-of-another-server");
        String leftByTheServer;
        try (var ours = Database.open(Optional.empty(), dataDir)) {
            leftByTheServer = Files.readString(pidFile(dataDir));
        }
        try (var other = Database.open(Optional.empty(), otherDataDir)) {
            var otherPostmaster =
                    ServiceProcess.embeddedPostmaster(otherDataDir).orElseThrow();
            Files.writeString(
                    pidFile(dataDir), leftByTheServer.replaceFirst("^\\d+", Long.toString(otherPostmaster.pid())));

            try (var ours = Database.open(Optional.empty(), dataDir)) {
                assertThat(ours.isHealthy()).isTrue();
            }
            assertThat(otherPostmaster.isAlive()).isTrue();
            assertThat(other.isHealthy()).isTrue();
        }
    }

    @Test
    void aServerKilledUnderTheRunningServiceIsStartedAgainWithEverythingItCommitted() throws Exception {
        var dataDir = Files.createTempDirectory("killed-under-us");
        try (var database = Database.open(Optional.empty(), dataDir)) {
            database.jdbi().useHandle(handle -> handle.execute("CREATE TABLE kept (what TEXT)"));
            database.jdbi().useHandle(handle -> handle.execute("INSERT INTO kept VALUES ('committed')"));
            var killed = postgresProcesses(dataDir);

            signal("KILL", killed);

            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(database::isHealthy);
            assertThat(ServiceProcess.embeddedPostmaster(dataDir).orElseThrow().pid())
                    .isNotEqualTo(killed.get(0).pid());
            List<String> kept = database.jdbi()
                    .withHandle(handle -> handle.createQuery("SELECT what FROM kept")
                            .mapTo(String.class)
                            .list());
            assertThat(kept).containsExactly("committed");
        }
    }

    @Test
    void aRequestWaitingForAConnectionFromAnExhaustedPoolGivesUpWithinTwoSecondsAndHealthSaysNoWithinOne()
            throws Exception {
        try (var database = Database.open(Optional.empty(), Files.createTempDirectory("exhausted"))) {
            var held = new ArrayList<Connection>();
            try {
                for (var connection = 0; connection < 10; connection++) {
                    held.add(database.dataSource().getConnection());
                }

                var asked = System.nanoTime();
                assertThatThrownBy(() -> database.dataSource().getConnection()).isInstanceOf(SQLException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(3));
                assertAnswersWithinASecond(database, false);
            } finally {
                for (var connection : held) {
                    connection.close();
                }
            }
            assertThat(database.isHealthy()).isTrue();
        }
    }

    @Test
    void healthSaysNoWithinASecondWhileTheServerHangsAndYesOnceItResumes() throws Exception {
        var dataDir = Files.createTempDirectory("hung");
        try (var database = Database.open(Optional.empty(), dataDir)) {
            assertThat(database.isHealthy()).isTrue();
            var postgres = postgresProcesses(dataDir);

            signal("STOP", postgres);
            try {
                assertAnswersWithinASecond(database, false);
                assertAnswersWithinASecond(database, false);
            } finally {
                signal("CONT", postgres);
            }
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(database::isHealthy);
        }
    }

    @Test
    void healthSaysNoWithinASecondOnceAConfiguredServerHasStopped() throws Exception {
        var server = EmbeddedPostgres.builder().start();
        var url = DatabaseUrl.parse(server.getJdbcUrl("postgres", "postgres")).orElseThrow();
        try (var database = Database.open(Optional.of(url), Path.of("unused"))) {
            assertThat(database.isHealthy()).isTrue();

            server.close();

            assertAnswersWithinASecond(database, false);
            assertAnswersWithinASecond(database, false);
        }
    }

    private static void assertAnswersWithinASecond(Database database, boolean expected) {
        var asked = System.nanoTime();
        assertThat(database.isHealthy()).isEqualTo(expected);
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
    }

    private static List<ProcessHandle> postgresProcesses(Path dataDir) {
        var postmaster = ServiceProcess.embeddedPostmaster(dataDir).orElseThrow();
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        var command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(process -> command.add(Long.toString(process.pid())));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("pg").resolve("postmaster.pid");
    }
}
