package dev.followthrough;

import static dev.followthrough.support.SlackRequests.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.PostgresProcesses;
import dev.followthrough.support.PrometheusText;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackRequests;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database server stopped under requests, then started again: every request still gets a clear
 * answer well inside Slack's 3 s, nothing is half-saved, and everything works again afterwards.
 */
class DatabaseAwayTest {

    /** Slack gives up on an answer after 3 s. */
    private static final Duration SLACKS_PATIENCE = Duration.ofSeconds(3);

    private final int port = ServiceProcess.freePort();
    private Path dataDirectory;
    private EmbeddedPostgres server;
    private SlackStandIn slack;
    private Application application;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        dataDirectory = Files.createTempDirectory("database-away");
        server = PostgresProcesses.start(dataDirectory, port);
        slack = new SlackStandIn();
        var config = RunningFollowthrough.config(Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-away",
                "SLACK_SIGNING_SECRET",
                RunningFollowthrough.SIGNING_SECRET,
                "DATABASE_URL",
                "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres",
                "DATA_DIR",
                dataDirectory.resolve("unused").toString(),
                "PORT",
                "0",
                "SLACK_API_URL",
                slack.apiUrl(),
                "WEEKLY_DIGESTS",
                "off"));
        application = Application.start(config, new MutableClock(Instant.parse("2026-11-23T15:00:00Z")));
        requests = new SlackRequests(application.httpPort(), RunningFollowthrough.SIGNING_SECRET, slack);
    }

    @AfterEach
    void stop() throws Exception {
        application.close();
        slack.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayEverySurfaceSaysNothingWasSavedAndAfterwardsAllWorks() throws Exception {
        requests.slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");
        var id = "1";
        requests.interaction(requests.buttonPress("U100", "D100", "reminder_renegotiate", id));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !slack.calls("views.open").isEmpty());
        var form = JsonParser.parseString(slack.calls("views.open").get(0).param("view"))
                .getAsJsonObject();
        slack.reset();

        server.close();
        server = null;

        var command = timed(() -> requests.slashCommand("U100", "C200", "send Acme the contract by Fri 3pm"));
        assertThat(command.statusCode()).isEqualTo(200);
        var commandAnswer = JsonParser.parseString(command.body()).getAsJsonObject();
        assertThat(commandAnswer.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(commandAnswer.get("text").getAsString())
                .contains("couldn't save that")
                .contains("Nothing was saved")
                .contains("try again");

        var submission = requests.viewSubmission(
                "U100",
                form.get("callback_id").getAsString(),
                form.get("private_metadata").getAsString(),
                Map.of("deadline", typed("Mon 10am")));
        submission.getAsJsonObject("view").add("blocks", form.getAsJsonArray("blocks"));
        var formAnswer = timed(() -> requests.interaction(submission));
        var errors = JsonParser.parseString(formAnswer.body()).getAsJsonObject();
        assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.getAsJsonObject("errors").entrySet())
                .singleElement()
                .satisfies(error -> assertThat(error.getValue().getAsString()).contains("Nothing was saved"));

        var button = timed(() -> requests.interaction(requests.buttonPress("U100", "D100", "reminder_delivered", id)));
        assertThat(button.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !slack.calls("response_url").isEmpty());
        var told = slack.calls("response_url").get(0);
        assertThat(told.param("response_type")).isEqualTo("ephemeral");
        assertThat(told.param("text")).contains("Nothing was saved");

        var fromHome = requests.buttonPress("U100", "D100", "reminder_delivered", id);
        fromHome.remove("response_url");
        var container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "VHOME");
        fromHome.add("container", container);
        timed(() -> requests.interaction(fromHome));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> slack.calls("chat.postMessage").stream()
                        .anyMatch(call -> "U100".equals(call.param("channel"))
                                && call.param("text").contains("Nothing was saved")));

        var health = timed(this::health);
        assertThat(health.statusCode()).isEqualTo(503);

        server = PostgresProcesses.start(dataDirectory, port);
        await().atMost(Duration.ofSeconds(30)).until(() -> health().statusCode() == 200);
        var again = requests.slashCommand("U100", "C200", "send Acme the contract by Fri 3pm");
        assertThat(again.body()).contains("send Acme the contract");
        var list = requests.slashCommand("U100", "D100", "list").body();
        assertThat(list).contains("Your open promises (2)");
    }

    @Test
    void aHungDatabaseIsAnsweredLikeAStoppedOneWithinSlacksPatience() throws Exception {
        requests.slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");
        var frozen = PostgresProcesses.freeze(PostgresProcesses.postmaster(dataDirectory.resolve("pg")));
        try {
            var command = timed(() -> requests.slashCommand("U100", "C200", "send Acme the contract by Fri 3pm"));
            assertThat(command.body()).contains("Nothing was saved");
            var button =
                    timed(() -> requests.interaction(requests.buttonPress("U100", "D100", "reminder_delivered", "1")));
            assertThat(button.statusCode()).isEqualTo(200);
            assertThat(timed(this::health).statusCode()).isEqualTo(503);
        } finally {
            PostgresProcesses.signal("CONT", frozen);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> health().statusCode() == 200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> requests.slashCommand("U100", "C200", "send Acme the contract by Fri 3pm")
                        .body()
                        .contains("send Acme the contract"));
        assertThat(requests.slashCommand("U100", "D100", "list").body()).contains("Your open promises (2)");
    }

    @Test
    void aScrapeWhileTheDatabaseIsStoppedAnswersWithinTwoSecondsWithTheLastReading() throws Exception {
        requests.slashCommand("U100", "C200", "send Acme the deck by Fri 2pm");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> PrometheusText.of(application.metricsPort())
                                .sum("followthrough_commitments", Map.of("status", "open"))
                        == 1);

        server.close();
        server = null;

        // Scraped until the last reading is older than the 15 s it is kept: by then a scrape has
        // asked the stopped database again, and none of them waited for it.
        await().atMost(Duration.ofSeconds(40)).until(() -> {
            var started = System.nanoTime();
            var metrics = PrometheusText.of(application.metricsPort());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(metrics.hasSeries("jvm_memory_used_bytes")).isTrue();
            assertThat(metrics.hasSeries("hikaricp_connections_active")).isTrue();
            assertThat(metrics.sum("followthrough_commitments", Map.of("status", "open")))
                    .isEqualTo(1);
            return metrics.sum("followthrough_database_gauges_age_seconds", Map.of()) > 17;
        });
    }

    private HttpResponse<String> health() {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + application.httpPort() + "/healthz"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The answer, checked to have come while Slack was still waiting for it. */
    private static HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> request) {
        var started = System.nanoTime();
        var response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SLACKS_PATIENCE);
        return response;
    }
}
