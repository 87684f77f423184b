package dev.followthrough;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Followthrough reads from its environment, checked once at start.
 *
 * <p>{@link #fromEnvironment} names every missing or invalid variable at once, so a person fixing
 * a deployment sees the whole list in one go rather than one failure per restart.
 */
public record Config(
        String botToken,
        Optional<String> signingSecret,
        Optional<String> appToken,
        Optional<DatabaseUrl> databaseUrl,
        Path dataDir,
        int port,
        String slackApiUrl,
        Optional<URI> publicUrl,
        boolean weeklyDigests,
        Duration dataRetention) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

    /** How long an uninstalled workspace's data is kept, unless DATA_RETENTION_DAYS says otherwise. */
    public static final int DEFAULT_DATA_RETENTION_DAYS = 30;

    /** Socket Mode when an app-level token is given: no public URL is needed. */
    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** The outcome of reading the environment: a config, or every problem found. */
    public sealed interface Reading {}

    public record Valid(Config config) implements Reading {}

    public record Invalid(List<String> problems) implements Reading {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    public static Reading fromEnvironment(Map<String, String> environment) {
        var problems = new ArrayList<String>();
        var botToken = value(environment, "SLACK_BOT_TOKEN");
        var signingSecret = value(environment, "SLACK_SIGNING_SECRET");
        var appToken = value(environment, "SLACK_APP_TOKEN");

        if (botToken.isEmpty()) {
            problems.add("SLACK_BOT_TOKEN is missing: the app's bot token (xoxb-...), from OAuth & Permissions.");
        } else if (!botToken.get().startsWith("xoxb-")) {
            problems.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-.");
        }
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            problems.add("SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information > App-Level"
                    + " Tokens, scope connections:write).");
        }
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            problems.add("SLACK_SIGNING_SECRET is missing: it verifies requests from Slack (Basic Information > App"
                    + " Credentials). Or set SLACK_APP_TOKEN to use Socket Mode.");
        }

        Optional<DatabaseUrl> databaseUrl = Optional.empty();
        var rawDatabaseUrl = value(environment, "DATABASE_URL");
        if (rawDatabaseUrl.isPresent()) {
            var parsed = DatabaseUrl.parse(rawDatabaseUrl.get());
            if (parsed.isEmpty()) {
                problems.add("DATABASE_URL must look like jdbc:postgresql://host:5432/db or"
                        + " postgres://user:password@host:5432/db.");
            }
            databaseUrl = parsed;
        }

        var port = 3000;
        var rawPort = value(environment, "PORT");
        if (rawPort.isPresent()) {
            try {
                port = Integer.parseInt(rawPort.get());
                if (port < 0 || port > 65535) {
                    problems.add("PORT must be a number from 0 to 65535, not " + rawPort.get() + ".");
                }
            } catch (NumberFormatException notANumber) {
                problems.add("PORT must be a number from 0 to 65535, not " + rawPort.get() + ".");
            }
        }

        var slackApiUrl = value(environment, "SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL);
        if (!isHttpUrl(slackApiUrl)) {
            problems.add("SLACK_API_URL must be an http(s) URL like https://slack.com/api/, not " + slackApiUrl + ".");
        } else if (!slackApiUrl.endsWith("/")) {
            slackApiUrl = slackApiUrl + "/";
        }

        var dataDir = Path.of(value(environment, "DATA_DIR").orElse("./data"));

        // Where people reach the app from outside: links in messages (calendar files) start with it.
        var publicUrl = value(environment, "PUBLIC_URL").map(url -> url.replaceAll("/+$", ""));
        if (publicUrl.isPresent()
                && (!isHttpUrl(publicUrl.get()) || publicUrl.get().matches(".*[?#].*"))) {
            problems.add("PUBLIC_URL must be the app's public http(s) address like https://followthrough.example.com,"
                    + " not " + publicUrl.get() + ".");
        }
        // WEEKLY_DIGESTS=off stops the scheduled weekly digest; /promise digest still answers.
        var weeklyDigests = value(environment, "WEEKLY_DIGESTS").map(text -> text.toLowerCase(java.util.Locale.ROOT));
        if (weeklyDigests.isPresent()
                && !weeklyDigests.get().equals("on")
                && !weeklyDigests.get().equals("off")) {
            problems.add("WEEKLY_DIGESTS must be on or off, not " + weeklyDigests.get() + ".");
        }

        // DATA_RETENTION_DAYS: how long an uninstalled workspace's data stays; 0 deletes it at once.
        var dataRetentionDays = DEFAULT_DATA_RETENTION_DAYS;
        var rawRetention = value(environment, "DATA_RETENTION_DAYS");
        if (rawRetention.isPresent()) {
            try {
                dataRetentionDays = Integer.parseInt(rawRetention.get());
            } catch (NumberFormatException notANumber) {
                dataRetentionDays = -1;
            }
            if (dataRetentionDays < 0 || dataRetentionDays > 36500) {
                problems.add("DATA_RETENTION_DAYS must be a whole number of days from 0 (delete at once) to 36500, not "
                        + rawRetention.get() + ".");
            }
        }

        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new Config(
                botToken.orElseThrow(),
                signingSecret,
                appToken,
                databaseUrl,
                dataDir,
                port,
                slackApiUrl,
                publicUrl.map(URI::create),
                weeklyDigests.map("on"::equals).orElse(true),
                Duration.ofDays(dataRetentionDays)));
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(text -> !text.isEmpty());
    }

    private static boolean isHttpUrl(String text) {
        try {
            var uri = URI.create(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public String toString() {
        // Tokens and secrets never reach a log line.
        return "Config[socketMode=" + socketMode() + ", database="
                + databaseUrl.map(DatabaseUrl::redacted).orElse("embedded") + ", dataDir=" + dataDir + ", port=" + port
                + ", slackApiUrl=" + slackApiUrl + ", publicUrl="
                + publicUrl.map(URI::toString).orElse("none") + ", dataRetention=" + dataRetention.toDays() + " days]";
    }
}
