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
        Optional<String> botToken,
        Optional<OAuth> oauth,
        Optional<String> signingSecret,
        Optional<String> appToken,
        Optional<DatabaseUrl> databaseUrl,
        Path dataDir,
        int port,
        String slackApiUrl,
        Optional<URI> publicUrl,
        boolean weeklyDigests,
        Dispatch dispatch,
        Duration dataRetention,
        MetricsAccess metrics,
        LogSettings logging) {

    /**
     * How the outbox is sent, as far as the environment says: each unset value keeps the
     * dispatcher's default (see {@code DispatcherSettings}, and the README's table).
     */
    public record Dispatch(
            Optional<Integer> senders,
            Optional<Integer> leaseSeconds,
            Optional<Double> postsPerWorkspacePerMinute,
            Optional<Double> postsPerChannelPerSecond,
            Optional<Double> updatesPerWorkspacePerMinute) {

        static Dispatch fromEnvironment(Map<String, String> environment, List<String> problems) {
            return new Dispatch(
                    whole(environment, "OUTBOX_SENDERS", 1, 1000, problems),
                    whole(environment, "OUTBOX_LEASE_SECONDS", 10, 3600, problems),
                    pace(environment, "SLACK_POSTS_PER_WORKSPACE_PER_MINUTE", problems),
                    pace(environment, "SLACK_POSTS_PER_CHANNEL_PER_SECOND", problems),
                    pace(environment, "SLACK_UPDATES_PER_WORKSPACE_PER_MINUTE", problems));
        }

        private static Optional<Integer> whole(
                Map<String, String> environment, String name, int least, int most, List<String> problems) {
            var text = value(environment, name);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                var number = Integer.parseInt(text.get());
                if (number >= least && number <= most) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException notANumber) {
                // named below
            }
            problems.add(name + " must be a whole number from " + least + " to " + most + ", not " + text.get() + ".");
            return Optional.empty();
        }

        private static Optional<Double> pace(Map<String, String> environment, String name, List<String> problems) {
            var text = value(environment, name);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                var number = Double.parseDouble(text.get());
                if (number > 0 && Double.isFinite(number)) {
                    return Optional.of(number);
                }
            } catch (NumberFormatException notANumber) {
                // named below
            }
            problems.add(name + " must be a number above zero, not " + text.get() + ".");
            return Optional.empty();
        }
    }

    public static final int DEFAULT_PORT = 3000;

    /**
     * Who may read {@code GET /metrics}, and where: {@code METRICS_TOKEN} asks for it as a bearer
     * token, {@code METRICS_PORT} serves it on that port only. Neither: the public port, unprotected.
     */
    public record MetricsAccess(Optional<String> token, Optional<Integer> port) {

        static final int LEAST_TOKEN_LENGTH = 16;

        static MetricsAccess fromEnvironment(Map<String, String> environment, int publicPort, List<String> problems) {
            var token = value(environment, "METRICS_TOKEN");
            if (token.isPresent() && token.get().length() < LEAST_TOKEN_LENGTH) {
                problems.add("METRICS_TOKEN must be at least " + LEAST_TOKEN_LENGTH + " characters long (it has "
                        + token.get().length() + "); make one with: openssl rand -hex 32.");
                token = Optional.empty();
            }
            var text = value(environment, "METRICS_PORT");
            Optional<Integer> port = Optional.empty();
            if (text.isPresent()) {
                try {
                    port = Optional.of(Integer.parseInt(text.get())).filter(number -> number >= 1 && number <= 65535);
                } catch (NumberFormatException notANumber) {
                    // named below
                }
                if (port.isEmpty()) {
                    problems.add("METRICS_PORT must be a port from 1 to 65535, not " + text.get() + ".");
                } else if (port.get() == publicPort) {
                    problems.add("METRICS_PORT must differ from PORT (both are " + publicPort + "): /metrics is"
                            + " then served on METRICS_PORT alone; unset METRICS_PORT to serve it on PORT.");
                    port = Optional.empty();
                }
            }
            return new MetricsAccess(token, port);
        }

        @Override
        public String toString() {
            return "MetricsAccess[token=" + (token.isPresent() ? "set" : "none") + ", port="
                    + port.map(String::valueOf).orElse("public") + "]";
        }
    }

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

    /** How long an uninstalled workspace's data is kept, unless DATA_RETENTION_DAYS says otherwise. */
    public static final int DEFAULT_DATA_RETENTION_DAYS = 30;

    /** The bot scopes an OAuth install asks for unless SLACK_SCOPES says otherwise: manifest.yml's. */
    public static final String DEFAULT_BOT_SCOPES =
            "commands,chat:write,chat:write.public,im:write,im:history,users:read,channels:read";

    /** Where a person starts an install: an "Add to Slack" button links here. */
    public static final String OAUTH_INSTALL_PATH = "/slack/install";

    /** Where Slack sends the person back to after approving an install, below PUBLIC_URL by default. */
    public static final String OAUTH_REDIRECT_PATH = "/slack/oauth_redirect";

    /**
     * Installing to many workspaces through Slack's OAuth flow: the app's client credentials, the
     * scopes asked for, where Slack sends the person back, and the key tokens are encrypted with.
     */
    public record OAuth(
            String clientId,
            String clientSecret,
            String botScopes,
            Optional<String> userScopes,
            String redirectUri,
            EncryptionKey tokenEncryptionKey,
            Optional<String> completionUrl,
            Optional<String> cancellationUrl) {

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", botScopes=" + botScopes + ", redirectUri=" + redirectUri + "]";
        }
    }

    /** {@code TOKEN_ENCRYPTION_KEY}: 32 random bytes for AES-256, given in base64. */
    public static final class EncryptionKey {

        public static final int BYTES = 32;
        private static final String HOW_TO_MAKE = "make one with: openssl rand -base64 32";

        private final byte[] bytes;

        private EncryptionKey(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        /** The key, or else what is wrong with the value added to {@code problems}, never the value: it is a secret. */
        static Optional<EncryptionKey> parse(String base64, List<String> problems) {
            byte[] decoded;
            try {
                decoded = java.util.Base64.getDecoder().decode(base64.strip());
            } catch (IllegalArgumentException notBase64) {
                problems.add("TOKEN_ENCRYPTION_KEY is not valid base64; " + HOW_TO_MAKE + ".");
                return Optional.empty();
            }
            if (decoded.length != BYTES) {
                problems.add("TOKEN_ENCRYPTION_KEY decodes to " + decoded.length + " bytes, and AES-256 needs"
                        + " exactly " + BYTES + "; " + HOW_TO_MAKE + ".");
                return Optional.empty();
            }
            return Optional.of(new EncryptionKey(decoded));
        }

        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "EncryptionKey[redacted]";
        }
    }

    /** Installs by OAuth, each workspace with a token of its own; else one workspace on SLACK_BOT_TOKEN. */
    public boolean installsByOAuth() {
        return oauth.isPresent();
    }

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

        var clientId = value(environment, "SLACK_CLIENT_ID");
        if (botToken.isPresent() && clientId.isPresent()) {
            problems.add("SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: set SLACK_BOT_TOKEN to run in one"
                    + " workspace, or SLACK_CLIENT_ID (with SLACK_CLIENT_SECRET and TOKEN_ENCRYPTION_KEY) to be"
                    + " installed in many by OAuth, not both.");
        } else if (botToken.isEmpty() && clientId.isEmpty()) {
            problems.add("SLACK_BOT_TOKEN is missing: the app's bot token (xoxb-...), from OAuth & Permissions."
                    + " Or, to be installed in many workspaces by OAuth, set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET"
                    + " and TOKEN_ENCRYPTION_KEY instead.");
        } else if (botToken.isPresent() && !botToken.get().startsWith("xoxb-")) {
            problems.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-.");
        }
        if (clientId.isEmpty() && value(environment, "SLACK_CLIENT_SECRET").isPresent()) {
            problems.add("SLACK_CLIENT_SECRET is set without SLACK_CLIENT_ID: OAuth installs need both.");
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

        var port = DEFAULT_PORT;
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

        Optional<OAuth> oauth = clientId.isPresent() && botToken.isEmpty()
                ? OAuthReading.read(environment, clientId.get(), publicUrl, problems)
                : Optional.empty();
        // OUTBOX_SENDERS and Slack's paces (SLACK_POSTS_PER_...): how the outbox is sent.
        var dispatch = Dispatch.fromEnvironment(environment, problems);
        // METRICS_TOKEN and METRICS_PORT: who may scrape /metrics, and on which port.
        var metrics = MetricsAccess.fromEnvironment(environment, port, problems);
        // LOG_FORMAT and LOG_LEVEL: logging already runs on them (or on the defaults, if refused here).
        var logging = LogSettings.fromEnvironment(environment, problems);

        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        return new Valid(new Config(
                botToken,
                oauth,
                signingSecret,
                appToken,
                databaseUrl,
                dataDir,
                port,
                slackApiUrl,
                publicUrl.map(URI::create),
                weeklyDigests.map("on"::equals).orElse(true),
                dispatch,
                Duration.ofDays(dataRetentionDays),
                metrics,
                logging));
    }

    static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(text -> !text.isEmpty());
    }

    static boolean isHttpUrl(String text) {
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
        return "Config[socketMode=" + socketMode() + ", oauth="
                + oauth.map(OAuth::toString).orElse("off")
                + ", database="
                + databaseUrl.map(DatabaseUrl::redacted).orElse("embedded") + ", dataDir=" + dataDir + ", port=" + port
                + ", slackApiUrl=" + slackApiUrl + ", publicUrl="
                + publicUrl.map(URI::toString).orElse("none") + ", dataRetention=" + dataRetention.toDays()
                + " days, metrics=" + metrics + ", logs=" + logging.format().lowerCase() + " at "
                + logging.level() + "]";
    }

    /** The OAuth part of the environment, read when SLACK_CLIENT_ID is set: each problem is added to the list. */
    private static final class OAuthReading {

        private OAuthReading() {}

        static Optional<Config.OAuth> read(
                Map<String, String> environment, String clientId, Optional<String> publicUrl, List<String> problems) {
            int before = problems.size();
            var clientSecret = Config.value(environment, "SLACK_CLIENT_SECRET");
            if (clientSecret.isEmpty()) {
                problems.add("SLACK_CLIENT_SECRET is missing: with SLACK_CLIENT_ID it completes installs (Basic"
                        + " Information > App Credentials).");
            }
            var scopes = Config.value(environment, "SLACK_SCOPES")
                    .map(OAuthReading::normalisedScopes)
                    .orElse(Config.DEFAULT_BOT_SCOPES);
            var userScopes = Config.value(environment, "SLACK_USER_SCOPES").map(OAuthReading::normalisedScopes);

            Optional<Config.EncryptionKey> key = Optional.empty();
            var rawKey = Config.value(environment, "TOKEN_ENCRYPTION_KEY");
            if (rawKey.isEmpty()) {
                problems.add("TOKEN_ENCRYPTION_KEY is missing: installs' tokens are stored encrypted with it; make one"
                        + " with: openssl rand -base64 32.");
            } else {
                key = Config.EncryptionKey.parse(rawKey.get(), problems);
            }

            var redirectUri = Config.value(environment, "SLACK_REDIRECT_URI")
                    .or(() -> publicUrl.map(url -> url + Config.OAUTH_REDIRECT_PATH));
            if (redirectUri.isEmpty()) {
                problems.add(
                        "SLACK_REDIRECT_URI or PUBLIC_URL is needed for OAuth installs: Slack sends the person back"
                                + " to PUBLIC_URL" + Config.OAUTH_REDIRECT_PATH
                                + " (list it under OAuth & Permissions >"
                                + " Redirect URLs).");
            } else if (!Config.isHttpUrl(redirectUri.get())) {
                problems.add("SLACK_REDIRECT_URI must be an http(s) URL like https://followthrough.example.com"
                        + Config.OAUTH_REDIRECT_PATH + ", not " + redirectUri.get() + ".");
            }
            var completionUrl = url(environment, "SLACK_INSTALL_SUCCESS_URL", problems);
            var cancellationUrl = url(environment, "SLACK_INSTALL_FAILURE_URL", problems);

            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Config.OAuth(
                    clientId,
                    clientSecret.orElseThrow(),
                    scopes,
                    userScopes,
                    redirectUri.orElseThrow(),
                    key.orElseThrow(),
                    completionUrl,
                    cancellationUrl));
        }

        /** "commands, chat:write" as Slack's authorize URL wants it: commas, no spaces. */
        private static String normalisedScopes(String scopes) {
            return String.join(
                    ",",
                    List.of(scopes.split("[,\\s]+")).stream()
                            .filter(scope -> !scope.isEmpty())
                            .toList());
        }

        private static Optional<String> url(Map<String, String> environment, String name, List<String> problems) {
            var url = Config.value(environment, name);
            if (url.isPresent() && !Config.isHttpUrl(url.get())) {
                problems.add(name + " must be an http(s) URL, not " + url.get() + ".");
            }
            return url;
        }
    }
}
