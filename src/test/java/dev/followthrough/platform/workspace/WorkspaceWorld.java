package dev.followthrough.platform.workspace;

import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.followthrough.Application;
import dev.followthrough.support.MutableClock;
import dev.followthrough.support.RunningFollowthrough;
import dev.followthrough.support.SlackRequests;
import dev.followthrough.support.SlackStandIn;
import dev.followthrough.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Followthrough on a database of its own, in single-workspace mode, with the retention period a
 * test chooses: restartable (a new instance on the same database), with helpers to give a
 * workspace rows in every table and to deliver Slack's uninstall and revocation events.
 */
final class WorkspaceWorld implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-23T15:00:00Z");

    final SlackStandIn slack;
    final MutableClock clock = new MutableClock(START);
    final Jdbi jdbi;
    private final String jdbcUrl;
    private final String retentionDays;
    private Application application;
    private SlackRequests requests;

    WorkspaceWorld(String database, int retentionDays) {
        try {
            slack = new SlackStandIn();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
        this.jdbcUrl = TestDatabase.newDatabase(database);
        this.retentionDays = Integer.toString(retentionDays);
        this.jdbi = Jdbi.create(jdbcUrl).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        start("xoxb-first-install");
    }

    /** Starts (again) with {@code botToken} as SLACK_BOT_TOKEN: a reinstall gives a new one. */
    void start(String botToken) {
        try {
            application = Application.start(
                    RunningFollowthrough.config(Map.of(
                            "SLACK_BOT_TOKEN",
                            botToken,
                            "SLACK_SIGNING_SECRET",
                            RunningFollowthrough.SIGNING_SECRET,
                            "DATABASE_URL",
                            jdbcUrl,
                            "DATA_DIR",
                            Files.createTempDirectory("workspaces").toString(),
                            "PORT",
                            "0",
                            "SLACK_API_URL",
                            slack.apiUrl(),
                            "WEEKLY_DIGESTS",
                            "off",
                            "DATA_RETENTION_DAYS",
                            retentionDays)),
                    clock);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
        requests = new SlackRequests(application.httpPort(), RunningFollowthrough.SIGNING_SECRET, slack);
    }

    void stop() {
        application.close();
    }

    void restart(String botToken) {
        stop();
        start(botToken);
    }

    SlackRequests from(String teamId) {
        return requests.inWorkspace(teamId);
    }

    /** The retention job as the scheduler runs it, with the application's own list of parts. */
    void runRetentionJob(int retentionDays) {
        new ForgetUninstalledWorkspaces(jdbi, Application.forgetting(jdbi), Duration.ofDays(retentionDays), clock)
                .run();
    }

    /**
     * Gives {@code teamId} what a workspace in use has: a promise made through /promise (its
     * commitment, history, user, remembered request), a channel's settings and history, an App
     * Home, a calendar feed, a known name, and a message still waiting in the outbox.
     */
    void inUse(String teamId) {
        var answer = from(teamId).slashCommand("U1" + teamId, "C1" + teamId, "send the report by Friday 5pm");
        if (answer.statusCode() != 200) {
            throw new AssertionError("/promise answered " + answer.statusCode() + ": " + answer.body());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> count("commitments", teamId) > 0);
        jdbi.useHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO channel_settings (team_id, channel_id, summary_zone, updated_by, updated_at)
                            VALUES (:team, 'C1', 'UTC', 'U1', now())""").bind("team", teamId).execute();
            handle.createUpdate("""
                            INSERT INTO channel_events (team_id, channel_id, actor_id, at, change)
                            VALUES (:team, 'C1', 'U1', now(), 'summaries off')""").bind("team", teamId).execute();
            handle.createUpdate("INSERT INTO home_views (team_id, user_id) VALUES (:team, 'U1') ON CONFLICT DO NOTHING")
                    .bind("team", teamId)
                    .execute();
            handle.createUpdate("INSERT INTO calendar_feeds (team_id, user_id, token) VALUES (:team, 'U1', :token)")
                    .bind("team", teamId)
                    .bind("token", UUID.randomUUID().toString())
                    .execute();
            handle.createUpdate("""
                            INSERT INTO display_names (team_id, slack_id, name, fetched_at)
                            VALUES (:team, 'U2', 'a user', now()) ON CONFLICT DO NOTHING""").bind("team", teamId).execute();
        });
        waiting(teamId, "waiting:" + teamId, clock.instant().plus(Duration.ofHours(1)));
    }

    /**
     * A message for {@code teamId} due at {@code dueAt}, to a channel named after the team, for a
     * recipient of its own (a recipient's earlier message would hold it back).
     */
    void waiting(String teamId, String dedupeKey, Instant dueAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO outbox (team_id, dedupe_key, recipient, method, channel, text, next_attempt_at,
                                            created_at)
                        VALUES (:team, :key, :recipient, 'chat.postMessage', :channel, 'A nudge', :due, :now)""")
                .bind("team", teamId)
                .bind("key", dedupeKey)
                .bind("recipient", "U9" + Integer.toHexString(dedupeKey.hashCode()))
                .bind("channel", "D" + teamId)
                .bind("due", dueAt)
                .bind("now", clock.instant())
                .execute());
    }

    /**
     * Waits until a message due now for {@code teamId} was sent: proof that the dispatcher has
     * been through every row due before it.
     */
    void awaitDispatched(String teamId) {
        var key = "canary:" + UUID.randomUUID();
        waiting(teamId, key, clock.instant());
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(status(key)));
    }

    /** Waits until the due sweep has handled everything of {@code teamId} due by the clock's now. */
    void awaitSwept(String teamId) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbi.withHandle(handle -> handle.createQuery(
                                        "SELECT count(*) FROM commitments WHERE team_id = :team AND next_check_at <= :now")
                                .bind("team", teamId)
                                .bind("now", clock.instant())
                                .mapTo(Long.class)
                                .one())
                        == 0);
    }

    String status(String dedupeKey) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT status FROM outbox WHERE dedupe_key = :key")
                .bind("key", dedupeKey)
                .mapTo(String.class)
                .findOne()
                .orElse("none"));
    }

    /** The workspace's standing, "none" without a row. */
    String standing(String teamId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT status FROM workspaces WHERE team_id = :team")
                .bind("team", teamId)
                .mapTo(String.class)
                .findOne()
                .orElse("none"));
    }

    Instant standingSince(String teamId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT changed_at FROM workspaces WHERE team_id = :team")
                .bind("team", teamId)
                .mapTo(Instant.class)
                .one());
    }

    /** The outbox rows of {@code teamId} by status. */
    Map<String, Long> messages(String teamId) {
        var byStatus = new TreeMap<String, Long>();
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT status, count(*) AS n FROM outbox WHERE team_id = :team GROUP BY status")
                .bind("team", teamId)
                .map((row, context) -> Map.entry(row.getString("status"), row.getLong("n")))
                .forEach(entry -> byStatus.put(entry.getKey(), entry.getValue())));
        return byStatus;
    }

    /** The team's rows in each table that has a team_id column. */
    Map<String, Long> rows(String teamId) {
        var byTable = new TreeMap<String, Long>();
        for (var table : teamTables()) {
            byTable.put(table, count(table, teamId));
        }
        return byTable;
    }

    long count(String table, String teamId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM " + table + " WHERE team_id = :team")
                .bind("team", teamId)
                .mapTo(Long.class)
                .one());
    }

    /** Every table of the schema with a team_id column, as the database itself says. */
    List<String> teamTables() {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = current_schema() AND column_name = 'team_id'
                        ORDER BY table_name""").mapTo(String.class).list());
    }

    /** Slack's app_uninstalled envelope for {@code teamId}, the time on it the app's clock. */
    JsonObject uninstalled(String teamId) {
        var event = new JsonObject();
        event.addProperty("type", "app_uninstalled");
        return envelope(teamId, event);
    }

    /** Slack's tokens_revoked envelope: the users whose tokens went, and the bot's if {@code bot}. */
    JsonObject tokensRevoked(String teamId, List<String> userIds, boolean bot) {
        var tokens = new JsonObject();
        var oauth = new JsonArray();
        userIds.forEach(oauth::add);
        tokens.add("oauth", oauth);
        var bots = new JsonArray();
        if (bot) {
            bots.add("UB" + teamId);
        }
        tokens.add("bot", bots);
        var event = new JsonObject();
        event.addProperty("type", "tokens_revoked");
        event.add("tokens", tokens);
        return envelope(teamId, event);
    }

    private JsonObject envelope(String teamId, JsonObject event) {
        var envelope = from(teamId).eventCallback(event);
        // As Bolt notes, these two events come without authorizations.
        envelope.remove("authorizations");
        envelope.addProperty("event_time", clock.instant().getEpochSecond());
        return envelope;
    }

    HttpResponse<String> deliver(JsonObject envelope) {
        return requests.event(envelope);
    }

    /** The same envelope again, as Slack's retry. */
    HttpResponse<String> redeliver(JsonObject envelope, int attempt) {
        return requests.send(
                envelope.toString(),
                "application/json",
                Map.of("X-Slack-Retry-Num", Integer.toString(attempt), "X-Slack-Retry-Reason", "http_timeout"));
    }

    @Override
    public void close() {
        stop();
        slack.close();
    }
}
