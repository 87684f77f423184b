package dev.followthrough.support;

import dev.followthrough.Application;
import dev.followthrough.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A second Followthrough, installed by OAuth rather than on one bot token: its own database and
 * stand-in, started once per test run. The shared {@link RunningFollowthrough} stays in
 * single-workspace mode.
 */
public final class RunningOAuthFollowthrough {

    public static final Instant START = Instant.parse("2026-11-23T15:00:00Z");
    /** A fixed key, so a test can read the stored ciphertexts; a deployment makes its own. */
    public static final String TOKEN_ENCRYPTION_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private static RunningOAuthFollowthrough shared;

    public final SlackStandIn slack;
    public final MutableClock clock = new MutableClock(START);
    public final Application application;
    public final SlackRequests requests;
    public final Jdbi jdbi;

    private RunningOAuthFollowthrough() {
        try {
            slack = new SlackStandIn();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
        slack.refuseWhatSlackRefuses();
        var jdbcUrl = TestDatabase.newDatabase("followthrough_oauth");
        Config config;
        try {
            config = RunningFollowthrough.config(Map.of(
                    "SLACK_CLIENT_ID",
                    SlackStandIn.CLIENT_ID,
                    "SLACK_CLIENT_SECRET",
                    SlackStandIn.CLIENT_SECRET,
                    "TOKEN_ENCRYPTION_KEY",
                    TOKEN_ENCRYPTION_KEY,
                    "SLACK_SIGNING_SECRET",
                    RunningFollowthrough.SIGNING_SECRET,
                    "DATABASE_URL",
                    jdbcUrl,
                    "DATA_DIR",
                    Files.createTempDirectory("followthrough-oauth").toString(),
                    "PORT",
                    "0",
                    "SLACK_API_URL",
                    slack.apiUrl(),
                    "PUBLIC_URL",
                    RunningFollowthrough.PUBLIC_URL,
                    "WEEKLY_DIGESTS",
                    "off"));
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
        application = Application.start(config, clock);
        requests = new SlackRequests(application.httpPort(), RunningFollowthrough.SIGNING_SECRET, slack);
        jdbi = Jdbi.create(jdbcUrl);
    }

    public static synchronized RunningOAuthFollowthrough shared() {
        if (shared == null) {
            shared = new RunningOAuthFollowthrough();
        }
        return shared;
    }

    public InstallBrowser browser() {
        return requests.browser();
    }

    /** A query's first column, as text. */
    public List<String> strings(String sql) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    public long number(String sql) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * Forgets every install, row and recorded call. The instance keeps a workspace's bot for a few
     * seconds: the clock moves past that, so no test sees the one before's installs.
     */
    public void reset() {
        jdbi.useHandle(handle -> handle.execute("TRUNCATE installations, oauth_states, workspaces, outbox,"
                + " commitments, commitment_events, processed_requests, users, display_names, channel_settings,"
                + " channel_events, home_views, calendar_feeds RESTART IDENTITY CASCADE"));
        var refused = slack.refusals();
        slack.reset();
        if (!refused.isEmpty()) {
            throw new AssertionError("The previous test sent what Slack refuses: " + refused);
        }
        clock.set(clock.instant().isAfter(START) ? clock.instant().plusSeconds(60) : START.plusSeconds(60));
    }
}
