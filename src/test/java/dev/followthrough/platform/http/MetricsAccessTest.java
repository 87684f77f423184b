package dev.followthrough.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.followthrough.Application;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.PrometheusText;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** METRICS_TOKEN and METRICS_PORT together: /metrics on its own port, for a scraper with the token only. */
class MetricsAccessTest {

    private static final String TOKEN = "scrape-token-0123456789abcdef";

    private static SlackStandIn slack;
    private static Application application;
    private static int metricsPort;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackStandIn();
        metricsPort = ServiceProcess.freePort();
        var config = RunningFollowthrough.config(Map.of(
                "SLACK_BOT_TOKEN",
                "xoxb-metrics",
                "SLACK_SIGNING_SECRET",
                RunningFollowthrough.SIGNING_SECRET,
                "DATABASE_URL",
                TestDatabase.newDatabase("followthrough_metrics_access"),
                "DATA_DIR",
                Files.createTempDirectory("metrics-access").toString(),
                "PORT",
                "0",
                "SLACK_API_URL",
                slack.apiUrl(),
                "WEEKLY_DIGESTS",
                "off",
                "METRICS_TOKEN",
                TOKEN,
                "METRICS_PORT",
                Integer.toString(metricsPort)));
        application = Application.start(config, new MutableClock(Instant.parse("2026-11-23T15:00:00Z")));
    }

    @AfterAll
    static void stop() {
        application.close();
        slack.close();
    }

    @Test
    void aScrapeWithTheTokenOnTheMetricsPortGetsTheMetrics() {
        assertThat(application.metricsPort()).isEqualTo(metricsPort);

        var answer = PrometheusText.scrape(metricsPort, Optional.of(TOKEN));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(PrometheusText.parse(answer.body()).hasSeries("jvm_memory_used_bytes"))
                .isTrue();
    }

    @Test
    void aScrapeWithoutTheTokenOrWithAnotherIsRefusedInOneLineOfJson() {
        var without = PrometheusText.scrape(metricsPort, Optional.empty());
        var wrong = PrometheusText.scrape(metricsPort, Optional.of(TOKEN.replace('0', '1')));

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(without.body()).doesNotContain("\n");
        assertThat(JsonParser.parseString(without.body())
                        .getAsJsonObject()
                        .get("error")
                        .getAsString())
                .contains("Authorization: Bearer")
                .contains("METRICS_TOKEN");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("METRICS_TOKEN").doesNotContain(TOKEN);
    }

    @Test
    void thePublicPortHasNoMetricsAndTheMetricsPortNothingElse() {
        assertThat(PrometheusText.scrape(application.httpPort(), Optional.of(TOKEN))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(application.httpPort(), "/healthz")).isEqualTo(200);
        assertThat(get(metricsPort, "/healthz")).isEqualTo(404);
    }

    private static int get(int port, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
