package dev.followthrough.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.Application;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Several instances on one database, and restarts: every reminder exactly once. */
class ClusterAndRestartTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void twoInstancesSharingTheDatabaseSendEveryReminderExactlyOnce() throws Exception {
        var jdbcUrl = TestDatabase.newDatabase("two_instances");
        var clock = new MutableClock(at("2026-11-23T10:00"));
        try (var slack = new SlackStandIn();
                var first = start(jdbcUrl, slack, clock);
                var second = start(jdbcUrl, slack, clock)) {
            var requests = List.of(requests(first, slack), requests(second, slack));
            for (var index = 0; index < 40; index++) {
                var response = requests.get(index % 2)
                        .slashCommand(owner(index), "C200", "send report " + index + " by Fri 2pm");
                assertThat(response.statusCode()).isEqualTo(200);
            }
            var jdbi = Jdbi.create(jdbcUrl);

            clock.set(at("2026-11-26T14:00:30"));
            awaitDirectMessages(slack, 40);
            clock.set(at("2026-11-27T13:00:30"));
            awaitDirectMessages(slack, 80);
            clock.set(at("2026-11-27T14:10:30"));
            awaitDirectMessages(slack, 120);
            awaitSettled(jdbi, clock);

            var texts = directMessages(slack).stream()
                    .map(call -> call.param("text"))
                    .toList();
            assertThat(texts).hasSize(120).doesNotHaveDuplicates();
            assertThat(texts.stream().filter(text -> text.startsWith("Missed:")))
                    .hasSize(40);
            Integer missed = jdbi.withHandle(
                    handle -> handle.createQuery("SELECT count(*) FROM commitments WHERE status = 'MISSED'")
                            .mapTo(Integer.class)
                            .one());
            assertThat(missed).isEqualTo(40);
        }
    }

    @Test
    void aRestartInTheMiddleOfABurstLosesNothingAndDoublesNothing() throws Exception {
        var jdbcUrl = TestDatabase.newDatabase("restart_burst");
        var clock = new MutableClock(at("2026-11-23T10:00"));
        try (var slack = new SlackStandIn()) {
            try (var before = start(jdbcUrl, slack, clock)) {
                var requests = requests(before, slack);
                for (var index = 0; index < 150; index++) {
                    requests.slashCommand(owner(index), "C200", "send report " + index + " by Fri 2pm");
                }
            }
            // The burst comes due while nothing runs.
            clock.set(at("2026-11-26T14:00:30"));
            slack.latency(Duration.ofMillis(25));

            try (var interrupted = start(jdbcUrl, slack, clock)) {
                awaitDirectMessages(slack, 20);
            }
            var sentBeforeRestart = directMessages(slack).size();
            assertThat(sentBeforeRestart).isLessThan(150);

            slack.latency(Duration.ZERO);
            try (var after = start(jdbcUrl, slack, clock)) {
                awaitDirectMessages(slack, 150);
                awaitSettled(Jdbi.create(jdbcUrl), clock);
            }
            var texts = directMessages(slack).stream()
                    .map(call -> call.param("text"))
                    .toList();
            assertThat(texts).hasSize(150).doesNotHaveDuplicates();
        }
    }

    private static Application start(String jdbcUrl, SlackStandIn slack, MutableClock clock) throws IOException {
        var config = RunningFollowthrough.config(Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-cluster",
                "SLACK_SIGNING_SECRET",
                RunningFollowthrough.SIGNING_SECRET,
                "DATABASE_URL",
                jdbcUrl,
                "DATA_DIR",
                Files.createTempDirectory("cluster").toString(),
                "PORT",
                "0",
                "SLACK_API_URL",
                slack.apiUrl(),
                // Every reminder here goes to one user: paced at Slack's one a second, a burst would
                // outlast the waits. Clustering is under test, not pacing (see DispatcherPacingTest).
                "SLACK_POSTS_PER_CHANNEL_PER_SECOND",
                "1000",
                "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE",
                "60000"));
        return Application.start(config, clock);
    }

    private static SlackRequests requests(Application application, SlackStandIn slack) {
        return new SlackRequests(application.httpPort(), RunningFollowthrough.SIGNING_SECRET, slack);
    }

    /**
     * One owner per promise: one person's reminders of the same minute would fold into one DM
     * (FoldedRemindersTest), and this counts one message per reminder.
     */
    private static String owner(int index) {
        return "U" + (1000 + index);
    }

    private static void awaitDirectMessages(SlackStandIn slack, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> directMessages(slack).size() >= count);
    }

    private static List<SlackStandIn.Call> directMessages(SlackStandIn slack) {
        return slack.calls("chat.postMessage").stream()
                .filter(call -> String.valueOf(call.param("channel")).startsWith("U1"))
                .toList();
    }

    private static void awaitSettled(Jdbi jdbi, MutableClock clock) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbi.withHandle(handle -> handle.createQuery(
                                        "SELECT (SELECT count(*) FROM commitments WHERE next_check_at <= :now)"
                                                + " + (SELECT count(*) FROM outbox WHERE status = 'PENDING')")
                                .bind("now", clock.instant())
                                .mapTo(Long.class)
                                .one())
                        == 0);
        // One more sweep and dispatch interval: anything doubled would show now.
        try {
            Thread.sleep(3000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
    }
}
