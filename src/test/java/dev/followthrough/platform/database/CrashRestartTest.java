package dev.followthrough.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real service as its own process, killed with SIGKILL while it acknowledges promises, then
 * started again on the same DATA_DIR: the first start must work, and every acknowledged promise
 * must be there.
 */
class CrashRestartTest {

    private static final String SECRET = "crash-test-signing-secret";
    private static final Duration START = Duration.ofSeconds(90);

    private SlackStandIn slack;
    private Path dataDir;
    private int port;
    private Map<String, String> environment;
    private SlackRequests requests;

    @BeforeEach
    void prepare() throws IOException {
        slack = new SlackStandIn();
        dataDir = Files.createTempDirectory("followthrough-crash");
        port = ServiceProcess.freePort();
        environment = new HashMap<>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-crash-test");
        environment.put("SLACK_SIGNING_SECRET", SECRET);
        environment.put("SLACK_API_URL", slack.apiUrl());
        environment.put("PORT", Integer.toString(port));
        environment.put("DATA_DIR", dataDir.toString());
        requests = new SlackRequests(port, SECRET, slack);
    }

    @AfterEach
    void stopWhatATestLeftRunning() {
        slack.close();
        // A test that failed between its kill and its restart leaves the orphaned PostgreSQL behind.
        ServiceProcess.embeddedPostmaster(dataDir).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void afterTheJvmAloneIsKilledTheFirstStartWorksAndEveryAcknowledgedPromiseIsThere() throws Exception {
        Set<String> acknowledged;
        try (var first = ServiceProcess.start(environment)) {
            first.awaitHealthy(port, START);
            acknowledged = acknowledgedWhile(() -> first.killHard());
            assertThat(ServiceProcess.embeddedPostmaster(dataDir))
                    .as("the embedded PostgreSQL outlives its JVM")
                    .isPresent();
        }

        try (var second = ServiceProcess.start(environment)) {
            second.awaitHealthy(port, START);
            assertThat(promisesOnRecord()).containsAll(acknowledged);
            assertThat(second.output()).contains("is still running on").doesNotContain("\tat ");
        }
    }

    @Test
    void afterTheJvmAndItsDatabaseAreKilledTogetherTheFirstStartWorksAndEveryAcknowledgedPromiseIsThere()
            throws Exception {
        Set<String> acknowledged;
        try (var first = ServiceProcess.start(environment)) {
            first.awaitHealthy(port, START);
            acknowledged = acknowledgedWhile(() -> first.killHardWithEmbeddedDatabase(dataDir));
            assertThat(ServiceProcess.embeddedPostmaster(dataDir)).isEmpty();
        }

        try (var second = ServiceProcess.start(environment)) {
            second.awaitHealthy(port, START);
            assertThat(promisesOnRecord()).containsAll(acknowledged);
            assertThat(second.output())
                    .contains("crash recovery may take a while")
                    .doesNotContain("\tat ");
        }
    }

    /**
     * Sends promises from a few senders at once and kills the service once some have been
     * acknowledged, so the kill lands while commands are in flight. Returns the acknowledged ones.
     */
    private Set<String> acknowledgedWhile(Runnable kill) throws InterruptedException {
        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        var sending = new AtomicBoolean(true);
        var senders = new ArrayList<Thread>();
        for (var sender = 0; sender < 3; sender++) {
            var senderNumber = sender;
            var thread = new Thread(() -> {
                for (var promise = 0; sending.get(); promise++) {
                    var what = "send draft number " + senderNumber + "-" + promise + " to Acme";
                    try {
                        var answer = requests.slashCommand("U10" + senderNumber, "D300", what);
                        if (answer.statusCode() == 200 && answer.body().contains("promised")) {
                            acknowledged.add(what);
                        }
                    } catch (RuntimeException killedMidRequest) {
                        // No answer: the sender was never told it was saved.
                    }
                }
            });
            thread.start();
            senders.add(thread);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 30);
        kill.run();
        sending.set(false);
        for (var sender : senders) {
            sender.join();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30);
        return Set.copyOf(acknowledged);
    }

    private List<String> promisesOnRecord() throws Exception {
        try (var connection = DriverManager.getConnection(ServiceProcess.embeddedJdbcUrl(dataDir));
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT what FROM commitments")) {
            var promises = new ArrayList<String>();
            while (rows.next()) {
                promises.add(rows.getString(1));
            }
            return promises;
        }
    }
}
