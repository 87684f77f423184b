package dev.followthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void nothingSetNamesEveryMissingVariableAtOnce() {
        var reading = Config.fromEnvironment(Map.of());

        assertThat(reading).isInstanceOf(Config.Invalid.class);
        var problems = ((Config.Invalid) reading).problems();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("SLACK_BOT_TOKEN is missing");
        assertThat(problems.get(1)).startsWith("SLACK_SIGNING_SECRET is missing");
    }

    @Test
    void everyInvalidValueIsNamedInOneReading() {
        var reading = Config.fromEnvironment(Map.of(
                "SLACK_BOT_TOKEN", "xoxp-user-token",
                "SLACK_APP_TOKEN", "not-an-app-token",
                "DATABASE_URL", "mysql://localhost/db",
                "PORT", "eighty",
                "SLACK_API_URL", "slack.com/api"));

        var problems = ((Config.Invalid) reading).problems();
        assertThat(problems).hasSize(5);
        assertThat(String.join("\n", problems))
                .contains("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
                .contains("SLACK_APP_TOKEN must be an app-level token starting with xapp-")
                .contains("DATABASE_URL must look like")
                .contains("PORT must be a number from 0 to 65535, not eighty")
                .contains("SLACK_API_URL must be an http(s) URL");
    }

    @Test
    void publicUrlIsOptionalButMustBeAnHttpAddress() {
        var base = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret");
        var withUrl = new HashMap<>(base);
        withUrl.put("PUBLIC_URL", "https://followthrough.example.com/");
        var withBadUrl = new HashMap<>(base);
        withBadUrl.put("PUBLIC_URL", "followthrough.example.com");

        assertThat(valid(base).publicUrl()).isEmpty();
        assertThat(valid(withUrl).publicUrl().orElseThrow().toString()).isEqualTo("https://followthrough.example.com");
        assertThat(((Config.Invalid) Config.fromEnvironment(withBadUrl)).problems())
                .singleElement()
                .asString()
                .startsWith("PUBLIC_URL must be the app's public http(s) address");
    }

    @Test
    void defaultsApplyWhenOptionalVariablesAreUnset() {
        var config = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret"));

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.slackApiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.socketMode()).isFalse();
        assertThat(config.dataRetention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void dataRetentionIsAWholeNumberOfDaysAndZeroMeansAtOnce() {
        var base = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret");
        var atOnce = new HashMap<>(base);
        atOnce.put("DATA_RETENTION_DAYS", "0");
        assertThat(valid(atOnce).dataRetention()).isZero();
        for (var wrong : List.of("-1", "thirty", "1.5", "99999999999")) {
            var environment = new HashMap<>(base);
            environment.put("DATA_RETENTION_DAYS", wrong);
            assertThat(((Config.Invalid) Config.fromEnvironment(environment)).problems())
                    .singleElement()
                    .asString()
                    .startsWith("DATA_RETENTION_DAYS must be a whole number of days");
        }
    }

    @Test
    void anAppTokenMeansSocketModeAndNoSigningSecretIsNeeded() {
        var config = valid(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

        assertThat(config.socketMode()).isTrue();
        assertThat(config.signingSecret()).isEmpty();
    }

    @Test
    void theSlackApiUrlGetsItsTrailingSlash() {
        var config = valid(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s", "SLACK_API_URL", "http://127.0.0.1:9/api"));

        assertThat(config.slackApiUrl()).isEqualTo("http://127.0.0.1:9/api/");
    }

    @Test
    void secretsNeverAppearInTheConfigsDescription() {
        var config = valid(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-very-secret",
                "SLACK_SIGNING_SECRET", "signing-secret-value",
                "DATABASE_URL", "postgres://app:db-password@db.internal:5432/followthrough"));

        assertThat(config.toString())
                .doesNotContain("xoxb-very-secret")
                .doesNotContain("signing-secret-value")
                .doesNotContain("db-password")
                .contains("jdbc:postgresql://db.internal:5432/followthrough");
    }

    @Test
    void bothFormsOfDatabaseUrlAreUnderstood() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://localhost:5432/app"))
                .contains(new DatabaseUrl("jdbc:postgresql://localhost:5432/app", Optional.empty(), Optional.empty()));
        assertThat(DatabaseUrl.parse("postgres://app:p%40ss@db.example.com/followthrough?sslmode=require"))
                .contains(new DatabaseUrl(
                        "jdbc:postgresql://db.example.com:5432/followthrough?sslmode=require",
                        Optional.of("app"),
                        Optional.of("p@ss")));
        assertThat(DatabaseUrl.parse("postgresql://db:6543/x"))
                .map(DatabaseUrl::jdbcUrl)
                .contains("jdbc:postgresql://db:6543/x");
        assertThat(DatabaseUrl.parse("postgres://db.example.com")).isEmpty();
        assertThat(DatabaseUrl.parse("http://db.example.com/x")).isEmpty();
    }

    private static Config valid(Map<String, String> environment) {
        var reading = Config.fromEnvironment(environment);
        assertThat(reading).isInstanceOf(Config.Valid.class);
        return ((Config.Valid) reading).config();
    }
}
