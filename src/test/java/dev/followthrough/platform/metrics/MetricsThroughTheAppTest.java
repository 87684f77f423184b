package dev.followthrough.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.followthrough.support.PrometheusText;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackStandIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} scraped and parsed as Prometheus does, after real requests and deliveries. */
class MetricsThroughTheAppTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final RunningFollowthrough followthrough = RunningFollowthrough.shared();

    @BeforeEach
    void startClean() {
        followthrough.reset();
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-23T10:00").atZone(NEW_YORK).toInstant());
    }

    @Test
    void aPromiseAndItsDeliveredReminderShowInEveryPartOfTheScrape() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-26T14:00:30").atZone(NEW_YORK).toInstant());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> followthrough.slack.calls("chat.postMessage").stream()
                        .anyMatch(call -> "U100".equals(call.param("channel"))));
        followthrough.awaitSettled();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var metrics = PrometheusText.of(followthrough.application.metricsPort());
            assertThat(metrics.sum(
                            "http_server_requests_seconds_count",
                            Map.of("method", "POST", "route", "/slack/events", "status", "200")))
                    .isPositive();
            assertThat(metrics.sum(
                            "followthrough_slack_api_calls_seconds_count",
                            Map.of("method", "chat.postMessage", "outcome", "ok")))
                    .isPositive();
            assertThat(metrics.sum("followthrough_outbox_delivery_lag_seconds_count", Map.of()))
                    .isPositive();
            assertThat(metrics.sum("followthrough_job_runs_total", Map.of("job", "due-sweep")))
                    .isPositive();
            assertThat(metrics.find("followthrough_job_failures_total", Map.of("job", "due-sweep")))
                    .isNotEmpty();
            // Counted in the database: the reminder is sent, nothing waits, the sweep is not behind.
            assertThat(metrics.sum("followthrough_outbox_messages", Map.of("status", "sent")))
                    .isPositive();
            assertThat(metrics.sum("followthrough_outbox_messages", Map.of("status", "pending")))
                    .isZero();
            assertThat(metrics.find("followthrough_outbox_oldest_pending_age_seconds", Map.of()))
                    .singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isZero());
            assertThat(metrics.find("followthrough_due_sweep_lag_seconds", Map.of()))
                    .singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isZero());
            assertThat(metrics.sum("followthrough_commitments", Map.of("status", "open")))
                    .isEqualTo(1);
            assertThat(metrics.find("followthrough_database_gauges_age_seconds", Map.of()))
                    .singleElement()
                    .satisfies(sample -> assertThat(sample.value()).isLessThan(20));
        });
    }

    @Test
    void thePoolTheJvmAndTheProcessAreThere() {
        var metrics = PrometheusText.of(followthrough.application.metricsPort());

        assertThat(metrics.find("hikaricp_connections_max", Map.of("pool", "followthrough")))
                .singleElement()
                .satisfies(sample -> assertThat(sample.value()).isEqualTo(10));
        assertThat(metrics.hasSeries("hikaricp_connections_active")).isTrue();
        assertThat(metrics.hasSeries("hikaricp_connections_pending")).isTrue();
        assertThat(metrics.find("jvm_memory_used_bytes", Map.of("area", "heap")))
                .isNotEmpty();
        assertThat(metrics.hasSeries("jvm_gc_memory_allocated_bytes_total")).isTrue();
        assertThat(metrics.sum("jvm_threads_live_threads", Map.of())).isPositive();
        assertThat(metrics.sum("jvm_classes_loaded_classes", Map.of())).isPositive();
        assertThat(metrics.hasSeries("process_cpu_usage")).isTrue();
        assertThat(metrics.sum("process_uptime_seconds", Map.of())).isPositive();
        assertThat(metrics.sum("process_files_open_files", Map.of())).isPositive();
    }

    @Test
    void aCallSlackRefusesOrRateLimitsIsCountedWithWhatSlackSaid() {
        followthrough.requests.slashCommand("U100", "C200", "send Acme the revised proposal by Fri 2pm");
        followthrough.slack.fail("chat.postMessage", "user_disabled");
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-26T14:00:30").atZone(NEW_YORK).toInstant());
        followthrough.awaitSettled();

        var refused = PrometheusText.of(followthrough.application.metricsPort());
        assertThat(refused.sum(
                        "followthrough_slack_api_calls_seconds_count",
                        Map.of("method", "chat.postMessage", "outcome", "user_disabled")))
                .isPositive();

        followthrough.slack.reset();
        followthrough.slack.script("chat.postMessage", SlackStandIn.Response.rateLimited(1));
        followthrough.requests.slashCommand("U100", "C200", "send Acme the contract by Fri 3pm");
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-26T15:00:30").atZone(NEW_YORK).toInstant());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> PrometheusText.of(followthrough.application.metricsPort())
                                .sum(
                                        "followthrough_slack_api_calls_seconds_count",
                                        Map.of("method", "chat.postMessage", "outcome", "rate_limited"))
                        > 0);
        // Slack's Retry-After has passed: the message goes, so nothing is left for the next test.
        followthrough.clock.set(
                LocalDateTime.parse("2026-11-26T15:05").atZone(NEW_YORK).toInstant());
        followthrough.awaitSettled();
    }

    @Test
    void aCalendarLinkOrAPathNobodyServesNeverBecomesALabel() throws Exception {
        var secret = "Kq7vSecretCalendarToken9xZ";
        assertThat(get("/calendar/c/1/" + secret + ".ics").statusCode()).isEqualTo(404);
        assertThat(get("/calendar/u/T0001/U100/" + secret + ".ics").statusCode())
                .isEqualTo(404);
        assertThat(get("/wp-admin/" + secret).statusCode()).isEqualTo(404);

        var metrics = PrometheusText.of(followthrough.application.metricsPort());
        assertThat(metrics.samples())
                .allSatisfy(sample -> assertThat(sample.labels().values()).noneMatch(value -> value.contains(secret)));
        assertThat(metrics.sum(
                        "http_server_requests_seconds_count",
                        Map.of("method", "GET", "route", "/calendar/*", "status", "404")))
                .isGreaterThanOrEqualTo(2);
        assertThat(metrics.sum("http_server_requests_seconds_count", Map.of("route", "other", "status", "404")))
                .isPositive();
        assertThat(metrics.samples().stream()
                        .filter(sample -> sample.name().startsWith("http_server_requests"))
                        .map(sample -> sample.labels().get("route")))
                .allSatisfy(route -> assertThat(route)
                        .isIn(
                                "/slack/events",
                                "/healthz",
                                "/metrics",
                                "/calendar/*",
                                "/slack/install",
                                "/slack/oauth_redirect",
                                "other"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + followthrough.application.httpPort() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
