package dev.followthrough.support;

import dev.followthrough.Application;
import dev.followthrough.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Followthrough started for real, once per test run: its HTTP server on a free port, its own
 * database on the embedded server, Slack replaced by the stand-in.
 */
public final class RunningFollowthrough {

    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    public static final String PUBLIC_URL = "https://followthrough.example.com";

    private static RunningFollowthrough shared;

    public final SlackStandIn slack;
    public final MutableClock clock;
    public final Application application;
    public final SlackRequests requests;
    public final Jdbi jdbi;

    private RunningFollowthrough() {
        try {
            slack = new SlackStandIn();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
        // Every test also proves that nothing Slack would refuse is sent.
        slack.refuseWhatSlackRefuses();
        clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
        var jdbcUrl = TestDatabase.newDatabase("followthrough_app");
        Config config;
        try {
            config = config(Map.of(
                    "SLACK_BOT_TOKEN",
                    "xoxb-test-token",
                    "SLACK_SIGNING_SECRET",
                    SIGNING_SECRET,
                    "DATABASE_URL",
                    jdbcUrl,
                    "DATA_DIR",
                    Files.createTempDirectory("followthrough").toString(),
                    "PORT",
                    "0",
                    "SLACK_API_URL",
                    slack.apiUrl(),
                    "PUBLIC_URL",
                    PUBLIC_URL,
                    // Other features' tests move the clock across weeks: digests are tested on their own instances.
                    "WEEKLY_DIGESTS",
                    "off",
                    // What these tests check is what is sent, not how it is paced (the dispatcher's own
                    // tests do that): a busy channel's posts need not wait a second each.
                    "SLACK_POSTS_PER_CHANNEL_PER_SECOND",
                    "100"));
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
        application = Application.start(config, clock);
        requests = new SlackRequests(application.httpPort(), SIGNING_SECRET, slack);
        jdbi = Jdbi.create(jdbcUrl).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    }

    public static synchronized RunningFollowthrough shared() {
        if (shared == null) {
            shared = new RunningFollowthrough();
        }
        return shared;
    }

    public static Config config(Map<String, String> environment) {
        var reading = Config.fromEnvironment(environment);
        if (reading instanceof Config.Valid valid) {
            return valid.config();
        }
        throw new IllegalArgumentException(((Config.Invalid) reading).problems().toString());
    }

    /** A query's single number, e.g. a count. */
    public long number(String sql) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    /** A query's first column, as text. */
    public java.util.List<String> strings(String sql) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    /**
     * Waits until nothing is due at the clock's "now" that the sweep has not handled, and nothing
     * is waiting in the outbox: what was going to be sent, has been.
     */
    public void awaitSettled() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> jdbi.withHandle(handle -> handle.createQuery(
                                        "SELECT (SELECT count(*) FROM commitments WHERE next_check_at <= :now)"
                                                + " + (SELECT count(*) FROM outbox WHERE status = 'PENDING')")
                                .bind("now", clock.instant())
                                .mapTo(Long.class)
                                .one())
                        == 0);
    }

    /**
     * TRUNCATE locks its tables one after another, so a job's transaction still running (a profile
     * saved, a sweep) can deadlock with it; PostgreSQL then ends one of the two, and this tries again.
     */
    private void truncateEverything() {
        for (var attempt = 1; ; attempt++) {
            try {
                jdbi.useHandle(handle -> handle.execute(
                        "TRUNCATE outbox, commitments, commitment_events, processed_requests, users, display_names,"
                                + " channel_settings, channel_events, home_views, calendar_feeds, ledger_exports, reminder_folds, commitment_series,"
                                + " channel_follows, escalations,"
                                + " workspaces RESTART IDENTITY CASCADE"));
                return;
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException failed) {
                var deadlock =
                        failed.getCause() instanceof java.sql.SQLException sql && "40P01".equals(sql.getSQLState());
                if (!deadlock || attempt == 5) {
                    throw failed;
                }
            }
        }
    }

    /** Forgets everything a previous test left: rows, recorded calls, the clock. */
    public void reset() {
        // No message is sent inside a transaction: the dispatcher is held off while the rows go, so
        // nothing of the previous test is still on its way once this returns.
        java.util.List<String> refused;
        try (var quiet = application.quiesceDispatcher()) {
            truncateEverything();
            refused = slack.refusals();
            slack.reset();
        }
        if (!refused.isEmpty()) {
            // Found only now, but named: the test before this one sent what Slack would refuse.
            throw new AssertionError("The previous test sent what Slack refuses: " + refused);
        }
        clock.set(Instant.parse("2026-11-23T15:00:00Z"));
    }
}
