package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.platform.database.Database;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import dev.followthrough.support.CapturedLogs;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.PostgresProcesses;
import dev.followthrough.support.PrometheusText;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service stopped while its database is frozen (every PostgreSQL process stopped, sockets open
 * and nothing answering) or gone: the stop ends in order within its limit, and what was under way
 * is put right on the next start. And the database's listener alone stopped: {@code /healthz} says
 * so within its second, though the connections already open still answer.
 */
@Timeout(240)
class DatabaseFrozenOrGoneTest {

    /** What the stop must stay well inside: Main ends the process at 25 s whatever happens. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(20);

    private final int port = ServiceProcess.freePort();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
    private Path dataDirectory;
    private EmbeddedPostgres server;
    private SlackStandIn slack;
    private Application application;
    private final List<Long> frozen = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        dataDirectory = Files.createTempDirectory("database-frozen");
        server = PostgresProcesses.start(dataDirectory, port);
        slack = new SlackStandIn();
        application = startApplication();
    }

    @AfterEach
    void stop() throws Exception {
        if (!frozen.isEmpty()) {
            PostgresProcesses.signal("CONT", frozen);
        }
        if (application != null) {
            application.close();
        }
        slack.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStopWithTheDatabaseFrozenUnderSendsEndsInTimeAndTheNextStartSendsEverythingInOrder() throws Exception {
        var url = Optional.of(DatabaseUrl.parse(jdbcUrl()).orElseThrow());
        try (var database = Database.open(url, dataDirectory.resolve("unused"))) {
            var outbox = new Outbox(database.jdbi(), clock);
            var keys = new ArrayList<String>();
            for (int user = 0; user < 5; user++) {
                for (int sequence = 0; sequence < 2; sequence++) {
                    var key = "U" + (100 + user) + ":" + sequence;
                    keys.add(key);
                    database.jdbi().useTransaction(handle -> outbox.enqueue(handle, post(key)));
                }
            }
            slack.latency(Duration.ofSeconds(2));
            await().atMost(Duration.ofSeconds(20)).until(() -> slack.callsInFlight() == 5);

            frozen.addAll(PostgresProcesses.freeze(PostgresProcesses.postmaster(dataDirectory.resolve("pg"))));
            assertThat(timedHealth().statusCode()).isEqualTo(503);
            try (var logs = CapturedLogs.everything()) {
                closeWithin(STOP_BOUND);
                assertThat(logs.lines()).anyMatch(line -> line.contains("Followthrough stopped"));
                assertThat(logs.events())
                        .filteredOn(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR))
                        .isEmpty();
            }
            PostgresProcesses.signal("CONT", frozen);
            frozen.clear();

            slack.latency(Duration.ZERO);
            application = startApplication();
            // The stopped instance's leases run out, by the service's clock: the rows' after
            // OUTBOX_LEASE_SECONDS (10 s), its hold on the workspace after 15 s.
            clock.advance(Duration.ofSeconds(20));
            // The five Slack had in hand when the database froze could not be recorded: their leases
            // run out and they go again (Slack has no way to make a post idempotent). Nothing else
            // goes twice, nothing is lost, and each recipient's two never arrive out of order.
            await().atMost(Duration.ofSeconds(90))
                    .ignoreExceptions()
                    .until(() -> outbox.countsByStatus().getOrDefault("SENT", 0L) == keys.size());
            var texts = slack.calls("chat.postMessage").stream()
                    .map(call -> call.param("text"))
                    .toList();
            assertThat(texts).containsAll(keys).hasSizeBetween(keys.size(), keys.size() + 5);
            for (int user = 0; user < 5; user++) {
                var userId = "U" + (100 + user);
                var theirs =
                        texts.stream().filter(text -> text.startsWith(userId)).toList();
                assertThat(theirs).isSorted().hasSizeBetween(2, 3);
                assertThat(theirs.stream().distinct()).containsExactly(userId + ":0", userId + ":1");
            }
            // The jobs Quartz could not mark as done run again: the cluster's recovery frees them.
            var runsBefore = jobRuns();
            await().atMost(Duration.ofSeconds(60)).until(() -> jobRuns() > runsBefore + 2);
        }
    }

    @Test
    void aStopWithTheDatabaseGoneEndsInTimeAndTheOutageIsOneWarningNotAStackTracePerFiring() throws Exception {
        try (var logs = CapturedLogs.everything()) {
            server.close();
            server = null;
            // Quartz, the jobs, the dispatcher and /healthz all find it away, again and again: each
            // time the pool gives up on a connection after its 2 s.
            await().atMost(Duration.ofSeconds(60)).until(() -> poolTimeouts() >= 8);
            assertThat(timedHealth().statusCode()).isEqualTo(503);

            closeWithin(STOP_BOUND);

            assertThat(logs.lines().stream().filter(line -> line.contains("database unreachable")))
                    .singleElement()
                    .asString()
                    .contains("retrying");
            assertThat(logs.withStackTraces()).isEmpty();
            assertThat(logs.events())
                    .filteredOn(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR))
                    .isEmpty();
        }
    }

    @Test
    void withOnlyThePostmasterStoppedHealthzAnswers503WithinTwoSecondsAndOkOnceItRuns() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> health().statusCode() == 200);
        var postmaster = PostgresProcesses.postmaster(dataDirectory.resolve("pg"));
        PostgresProcesses.signal("STOP", List.of(postmaster));
        frozen.add(postmaster);

        // The pooled connections still answer; a new one cannot be opened, and the pool cannot
        // replace any connection it loses: that is not healthy.
        await().atMost(Duration.ofSeconds(10)).until(() -> timedHealth().statusCode() == 503);
        for (int probe = 0; probe < 3; probe++) {
            assertThat(timedHealth().statusCode()).isEqualTo(503);
        }

        PostgresProcesses.signal("CONT", frozen);
        frozen.clear();
        await().atMost(Duration.ofSeconds(10)).until(() -> timedHealth().statusCode() == 200);
    }

    private void closeWithin(Duration bound) throws Exception {
        var closing = CompletableFuture.runAsync(application::close);
        var started = System.nanoTime();
        try {
            closing.get(bound.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException hung) {
            throw new AssertionError("Application.close() still ran after " + bound.toSeconds() + " s", hung);
        }
        application = null;
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(bound);
    }

    private Application startApplication() {
        var environment = new HashMap<String, String>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-frozen");
        environment.put("SLACK_SIGNING_SECRET", RunningFollowthrough.SIGNING_SECRET);
        environment.put("DATABASE_URL", jdbcUrl());
        environment.put("DATA_DIR", dataDirectory.resolve("unused").toString());
        environment.put("PORT", "0");
        environment.put("SLACK_API_URL", slack.apiUrl());
        environment.put("WEEKLY_DIGESTS", "off");
        environment.put("OUTBOX_LEASE_SECONDS", "10");
        return Application.start(RunningFollowthrough.config(environment), clock);
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    private static OutboxMessage post(String key) {
        return OutboxMessage.post("T0001", key, key.substring(0, 4), key, null, Optional.empty(), Optional.empty());
    }

    private double jobRuns() {
        return PrometheusText.of(application.metricsPort()).sum("followthrough_job_runs_total", Map.of());
    }

    private double poolTimeouts() {
        return PrometheusText.of(application.metricsPort()).sum("hikaricp_connections_timeout_total", Map.of());
    }

    /** /healthz, checked to answer within two seconds whatever the database does. */
    private HttpResponse<String> timedHealth() {
        var started = System.nanoTime();
        var response = health();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        return response;
    }

    private HttpResponse<String> health() {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + application.httpPort() + "/healthz"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
