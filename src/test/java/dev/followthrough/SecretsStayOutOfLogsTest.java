package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.support.ServiceProcess;
import dev.followthrough.support.SlackStandIn;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsStayOutOfLogsTest {

    private static final String BOT_TOKEN = "xoxb-bot-token-secret";
    private static final String APP_TOKEN = "xapp-app-token-secret";
    private static final String SIGNING_SECRET = "signing-secret-value";

    @Test
    void aPasswordParameterInAJdbcUrlIsMaskedWhereverTheUrlIsDescribed() {
        var config = valid("jdbc:postgresql://db.internal:5432/app?user=app&password=hunter2&sslmode=require");

        assertThat(config.toString())
                .doesNotContain("hunter2")
                .contains("jdbc:postgresql://db.internal:5432/app?user=app&password=***&sslmode=require");
        assertThat(config.databaseUrl().orElseThrow().toString()).doesNotContain("hunter2");
    }

    @Test
    void everyKindOfPasswordParameterIsMaskedWhateverItsCase() {
        var url = DatabaseUrl.parse("jdbc:postgresql://db/app?PASSWORD=first&sslpassword=second&user=app")
                .orElseThrow();

        assertThat(url.redacted()).isEqualTo("jdbc:postgresql://db/app?PASSWORD=***&sslpassword=***&user=app");
        assertThat(url.toString()).doesNotContain("first").doesNotContain("second");
    }

    @Test
    void thePasswordOfAPostgresUrlIsNeverShown() {
        var config = valid("postgres://app:db-secret@db.internal:5432/followthrough?password=also-secret");

        assertThat(config.toString()).doesNotContain("db-secret").doesNotContain("also-secret");
        assertThat(config.databaseUrl().orElseThrow().toString())
                .doesNotContain("db-secret")
                .doesNotContain("also-secret")
                .contains("user=app")
                .contains("password=***");
    }

    @Test
    void aPasswordWrittenAsUserInfoInAJdbcUrlIsMasked() {
        var url = DatabaseUrl.parse("jdbc:postgresql://app:userinfo-secret@db/app")
                .orElseThrow();

        assertThat(url.redacted()).isEqualTo("jdbc:postgresql://app:***@db/app");
    }

    @Test
    void aServiceThatCannotReachItsDatabaseLogsNoTokenSecretOrPassword() {
        var environment = Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_APP_TOKEN", APP_TOKEN,
                "DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/app?user=app&password=hunter2",
                "PORT", Integer.toString(ServiceProcess.freePort()));
        try (var service = ServiceProcess.start(environment)) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(service.output())
                    .contains("Starting with")
                    .doesNotContain(BOT_TOKEN)
                    .doesNotContain(APP_TOKEN)
                    .doesNotContain(SIGNING_SECRET)
                    .doesNotContain("hunter2");
        }
    }

    @Test
    void theEmbeddedDatabasesPasswordIsInNoLogLineFromStartToStop() throws Exception {
        var dataDir = Files.createTempDirectory("secret-embedded");
        var port = ServiceProcess.freePort();
        try (var slack = new SlackStandIn();
                var service = ServiceProcess.start(Map.of(
                        "SLACK_BOT_TOKEN", BOT_TOKEN,
                        "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                        "SLACK_API_URL", slack.apiUrl(),
                        "PORT", Integer.toString(port),
                        "DATA_DIR", dataDir.toString()))) {
            service.awaitHealthy(port, Duration.ofSeconds(90));
            var password = ServiceProcess.embeddedPassword(dataDir);

            service.terminate();

            assertThat(service.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(service.output())
                    .contains("its password in " + dataDir.resolve("pg-password"))
                    .doesNotContain(password);
        }
    }

    @Test
    void inJsonTooEveryLineIsAnObjectAndNoneHoldsATokenSecretOrPassword() {
        var environment = Map.of(
                "SLACK_BOT_TOKEN",
                BOT_TOKEN,
                "SLACK_SIGNING_SECRET",
                SIGNING_SECRET,
                "SLACK_APP_TOKEN",
                APP_TOKEN,
                "DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:1/app?user=app&password=hunter2",
                "PORT",
                Integer.toString(ServiceProcess.freePort()),
                "LOG_FORMAT",
                "json");
        try (var service = ServiceProcess.start(environment)) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            var lines = LogsProcessTest.objects(service.output());
            assertThat(lines)
                    .extracting(line -> line.get("formattedMessage").asText())
                    .anySatisfy(message -> assertThat(message).startsWith("Starting with"));
            assertThat(service.output())
                    .doesNotContain(BOT_TOKEN)
                    .doesNotContain(APP_TOKEN)
                    .doesNotContain(SIGNING_SECRET)
                    .doesNotContain("hunter2");
        }
    }

    private static Config valid(String databaseUrl) {
        var reading = Config.fromEnvironment(Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_APP_TOKEN", APP_TOKEN,
                "DATABASE_URL", databaseUrl));
        assertThat(reading).isInstanceOf(Config.Valid.class);
        var config = ((Config.Valid) reading).config();
        assertThat(config.toString())
                .doesNotContain(BOT_TOKEN)
                .doesNotContain(APP_TOKEN)
                .doesNotContain(SIGNING_SECRET);
        return config;
    }
}
