package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** METRICS_TOKEN and METRICS_PORT: who may scrape GET /metrics, and on which port. */
class ConfigMetricsTest {

    private static final Map<String, String> BASE = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s");

    @Test
    void neitherSetLeavesMetricsOnThePublicPortUnprotected() {
        var metrics = valid(Map.of()).metrics();

        assertThat(metrics.token()).isEmpty();
        assertThat(metrics.port()).isEmpty();
    }

    @Test
    void aTokenAndAPortOfTheirOwnAreTakenAndTheTokenIsNeverDescribed() {
        var config = valid(Map.of("METRICS_TOKEN", "a-long-enough-scrape-token", "METRICS_PORT", "9464"));

        assertThat(config.metrics().token()).contains("a-long-enough-scrape-token");
        assertThat(config.metrics().port()).contains(9464);
        assertThat(config.toString())
                .doesNotContain("a-long-enough-scrape-token")
                .contains("token=set");
    }

    @Test
    void aShortTokenIsRefusedWithoutBeingRepeated() {
        assertThat(problems(Map.of("METRICS_TOKEN", "short-secret")))
                .singleElement()
                .asString()
                .startsWith("METRICS_TOKEN must be at least 16 characters long (it has 12)")
                .contains("openssl rand")
                .doesNotContain("short-secret");
    }

    @Test
    void aPortOutOfRangeOrThePublicOneIsRefused() {
        for (var wrong : List.of("0", "65536", "-1", "metrics", "94.64")) {
            assertThat(problems(Map.of("METRICS_PORT", wrong)))
                    .singleElement()
                    .asString()
                    .isEqualTo("METRICS_PORT must be a port from 1 to 65535, not " + wrong + ".");
        }
        assertThat(problems(Map.of("PORT", "8080", "METRICS_PORT", "8080")))
                .singleElement()
                .asString()
                .startsWith("METRICS_PORT must differ from PORT (both are 8080)");
        assertThat(problems(Map.of("METRICS_PORT", "3000")))
                .singleElement()
                .asString()
                .startsWith("METRICS_PORT must differ from PORT (both are 3000)");
    }

    private static Config valid(Map<String, String> metrics) {
        var reading = Config.fromEnvironment(environment(metrics));
        assertThat(reading).isInstanceOf(Config.Valid.class);
        return ((Config.Valid) reading).config();
    }

    private static List<String> problems(Map<String, String> metrics) {
        var reading = Config.fromEnvironment(environment(metrics));
        assertThat(reading).isInstanceOf(Config.Invalid.class);
        return ((Config.Invalid) reading).problems();
    }

    private static Map<String, String> environment(Map<String, String> metrics) {
        var environment = new HashMap<>(BASE);
        environment.putAll(metrics);
        return environment;
    }
}
