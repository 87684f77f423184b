package dev.followthrough.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import dev.followthrough.DatabaseUrl;
import dev.followthrough.platform.database.Database;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The database server stopped while Slack is answering the dispatcher's calls, then started again. */
@Timeout(180)
class DispatcherDatabaseAwayTest {

    private final int port = ServiceProcess.freePort();

    @Test
    void theDatabaseStoppingUnderSendsLosesNothingAndDoublesNothing() throws Exception {
        var dataDirectory = Files.createTempDirectory("dispatcher-away");
        var server = startServer(dataDirectory);
        var url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
        var clock = new MutableClock(OutboxWorld.START);
        try (var slack = new SlackStandIn();
                var client = Slack.getInstance(OutboxWorld.slackConfig(slack.apiUrl()));
                var database = Database.open(DatabaseUrl.parse(url), dataDirectory.resolve("unused"))) {
            var outbox = new Outbox(database.jdbi(), clock);
            var keys = new ArrayList<String>();
            for (int user = 0; user < 5; user++) {
                for (int sequence = 0; sequence < 2; sequence++) {
                    var key = "U" + (100 + user) + ":" + sequence;
                    keys.add(key);
                    database.jdbi()
                            .useTransaction(
                                    handle -> outbox.enqueue(handle, OutboxWorld.post(key, key.substring(0, 4), key)));
                }
            }
            slack.latency(Duration.ofSeconds(2));
            try (var dispatcher = new Dispatcher(
                    database.jdbi(),
                    teamId -> client.methods("xoxb-test-token", teamId),
                    clock,
                    DispatcherSettings.DEFAULT.unpaced())) {
                dispatcher.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> slack.callsInFlight() == 5);

                server.close();
                await().atMost(Duration.ofSeconds(20)).until(() -> slack.callsInFlight() == 0);
                server = startServer(dataDirectory);

                await().atMost(Duration.ofSeconds(60))
                        .ignoreExceptions()
                        .until(() -> outbox.countsByStatus().get("SENT") == keys.size());
            }
            var texts = slack.calls("chat.postMessage").stream()
                    .map(call -> call.param("text"))
                    .toList();
            assertThat(texts).containsExactlyInAnyOrderElementsOf(keys);
            for (int user = 0; user < 5; user++) {
                var userId = "U" + (100 + user);
                assertThat(texts.stream()
                                .filter(text -> text.startsWith(userId))
                                .toList())
                        .containsExactly(userId + ":0", userId + ":1");
            }
        } finally {
            server.close();
        }
    }

    private EmbeddedPostgres startServer(Path dataDirectory) throws Exception {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory.resolve("pg"))
                .setCleanDataDirectory(false)
                .start();
    }
}
