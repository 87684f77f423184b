package dev.followthrough;

import dev.followthrough.calendar.CalendarFeature;
import dev.followthrough.calendar.OfferTheCalendar;
import dev.followthrough.channel.ChannelFeature;
import dev.followthrough.digest.DigestFeature;
import dev.followthrough.export.ExportFeature;
import dev.followthrough.home.HomeFeature;
import dev.followthrough.home.HomesOutOfDate;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.ledger.Series;
import dev.followthrough.lifecycle.AskTheNextStep;
import dev.followthrough.lifecycle.Lifecycle;
import dev.followthrough.lifecycle.NextOccurrence;
import dev.followthrough.lifecycle.OwnersOnly;
import dev.followthrough.platform.database.Database;
import dev.followthrough.platform.http.HttpServer;
import dev.followthrough.platform.http.MetricsEndpoint;
import dev.followthrough.platform.metrics.ServiceMetrics;
import dev.followthrough.platform.outbox.Dispatcher;
import dev.followthrough.platform.outbox.DispatcherSettings;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.slack.RequestLedger;
import dev.followthrough.platform.slack.SlackPlatform;
import dev.followthrough.platform.slack.SubcommandRouter;
import dev.followthrough.platform.workspace.ForgetUninstalledWorkspaces;
import dev.followthrough.platform.workspace.PostgresInstallations;
import dev.followthrough.platform.workspace.Revocations;
import dev.followthrough.platform.workspace.TeamForgetting;
import dev.followthrough.platform.workspace.WorkspaceStanding;
import dev.followthrough.promise.PromiseFeature;
import dev.followthrough.relationship.Relationships;
import dev.followthrough.reminder.PassingOn;
import dev.followthrough.reminder.ReminderFeature;
import dev.followthrough.reminder.Settling;
import dev.followthrough.score.ScoreCards;
import dev.followthrough.settings.SettingsFeature;
import dev.followthrough.team.TeamDigestFeature;
import dev.followthrough.team.TeamFeature;
import dev.followthrough.user.DisplayNames;
import dev.followthrough.user.PlainNames;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Followthrough wired together and running. Reads top to bottom: each part is built with {@code new}. */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    /** How often series whose latest occurrence came due are moved on: as often as the due sweep looks. */
    private static final int SERIES_SWEEP_SECONDS = 2;

    /**
     * How long a stop waits on a database that does not answer before cutting its connections: the
     * stop then ends within seconds (Main's own limit is {@link Main#STOP_LIMIT}).
     */
    static final Duration STOP_PATIENCE_WITH_THE_DATABASE = Duration.ofSeconds(5);

    private final Database database;
    private final SlackPlatform slack;
    private final Dispatcher dispatcher;
    private final Scheduler scheduler;
    private final HttpServer http;
    private final ServiceMetrics metrics;

    private Application(
            Database database,
            SlackPlatform slack,
            Dispatcher dispatcher,
            Scheduler scheduler,
            HttpServer http,
            ServiceMetrics metrics) {
        this.database = database;
        this.slack = slack;
        this.dispatcher = dispatcher;
        this.scheduler = scheduler;
        this.http = http;
        this.metrics = metrics;
    }

    public static Application start(Config config, Clock clock) {
        // What GET /metrics shows: the JVM, and what each part below registers (the pool first).
        var metrics = new ServiceMetrics();
        var database = Database.open(config.databaseUrl(), config.dataDir(), metrics.registry());
        var jdbi = database.jdbi();
        var requests = new RequestLedger(jdbi, clock);
        // Every Web API call, whoever makes it, is timed by method and outcome.
        var slack = new SlackPlatform(config, jdbi, requests, clock, metrics.registry());
        // Every write of a commitment leaves its owner's App Home out of date, whoever wrote it.
        var homesOutOfDate = new HomesOutOfDate();
        var ledger = new Ledger(jdbi, homesOutOfDate::outOfDate);
        // Innermost middleware, inside the request's claim: one owner check for every action.
        slack.app().use(new OwnersOnly(ledger, slack));
        var profiles = new UserProfiles(jdbi, slack.workspaces(), clock);
        // A user never seen is asked of Slack before the request's transaction takes a connection.
        slack.beforeEachClaim(profiles::beforeRequest);
        // People by name where Slack shows plain text, and in calendars.
        var names = new PlainNames(new DisplayNames(jdbi, slack.workspaces(), clock));
        // Features that message Slack on their own enqueue here; the dispatcher sends.
        // Nothing is enqueued for a workspace uninstalled or whose token Slack refused.
        var outbox = new Outbox(jdbi, clock, WorkspaceStanding::canBeSentTo);
        // The database away is one WARN when it starts and one INFO when it ends, whoever finds it.
        var scheduler = new Scheduler(database.dataSource(), 4, metrics.registry(), database.outage());
        scheduler.schedule(new Scheduler.RecurringJob(
                "forget-processed-requests", 3600, () -> requests.forgetOlderThan(Duration.ofDays(1))));
        // An uninstall, a revoked or refused token stops all sending to that workspace at once; after
        // the retention period (DATA_RETENTION_DAYS) an uninstalled workspace's data goes.
        var standing = new WorkspaceStanding(jdbi, outbox, clock);
        slack.whenTokenRefused(standing::tokenRefused);
        slack.whenTokenAccepted(standing::active);
        var retention = new ForgetUninstalledWorkspaces(jdbi, forgetting(jdbi), config.dataRetention(), clock);
        scheduler.schedule(new Scheduler.RecurringJob("forget-uninstalled-workspaces", 3600, retention));
        Revocations.register(slack, jdbi, requests, standing, slack.installations(), retention);
        // With token rotation on, tokens are refreshed ahead of time (and on demand if not yet).
        slack.tokenRotation()
                .ifPresent(rotation -> scheduler.schedule(
                        new Scheduler.RecurringJob("refresh-expiring-tokens", 60, rotation::refreshExpiringSoon)));
        // Every instance dispatches (not one Quartz job for the cluster): each paces its share of the workspaces.
        var sending = config.dispatch();
        var dispatcher = new Dispatcher(
                jdbi,
                slack.workspaces(),
                clock,
                // Leases are elapsed time between instances, never the product's clock (see Claims).
                Clock.systemUTC(),
                DispatcherSettings.DEFAULT.with(
                        sending.senders(),
                        sending.leaseSeconds(),
                        sending.postsPerWorkspacePerMinute(),
                        sending.postsPerChannelPerSecond(),
                        sending.updatesPerWorkspacePerMinute()),
                metrics.registry(),
                database.outage());
        var calendar = CalendarFeature.register(slack, jdbi, ledger, config.publicUrl(), names, clock);
        var channelPosts = ChannelFeature.register(scheduler, jdbi, outbox, clock);
        TeamDigestFeature.register(scheduler, jdbi, outbox, clock, () -> teamDigestSubscriptions(jdbi));
        // What follows a change to a commitment, in this order, whichever surface it came from.
        var settling = new Settling(outbox, slack, profiles);
        // Recurring promises: the next occurrence is made when the latest comes due (or is done sooner).
        var series = new Series(jdbi, ledger);
        scheduler.schedule(new Scheduler.RecurringJob(
                "advance-series", SERIES_SWEEP_SECONDS, () -> series.advanceDue(clock.instant())));
        var lifecycle = new Lifecycle(
                jdbi,
                ledger,
                List.of(
                        // every keep asks what's next, in its confirmation;
                        new AskTheNextStep(),
                        // a first firm date offers the calendar;
                        new OfferTheCalendar(calendar.links()),
                        // a moved deadline's message goes to the other side;
                        new PassingOn(outbox, settling, channelPosts),
                        // the promise's channel thread hears of a keep, or of one taken back;
                        channelPosts,
                        // a recurring promise done before its due time has its next occurrence made,
                        // one taken back takes that back, and the first undone ends its series;
                        new NextOccurrence(series, profiles),
                        // and the message the button was on shows what was done, the series' word with it.
                        // (App Home is marked out of date by the ledger's own write, above.)
                        settling),
                clock);
        // A channel that opted in raises the promises made there that stay missed, once per deadline.
        var escalations = ChannelFeature.escalations(outbox);
        ReminderFeature.register(
                slack,
                scheduler,
                jdbi,
                ledger,
                lifecycle,
                settling,
                outbox,
                channelPosts,
                escalations,
                profiles,
                names,
                clock);
        // A channel's team view; its channels on App Home are those a user set up there, or follows.
        var team = TeamFeature.register(
                slack,
                jdbi,
                profiles,
                (teamId, userId, limit) -> ChannelFeature.setUpBy(jdbi, teamId, userId, limit),
                homesOutOfDate::outOfDate,
                clock);
        // Each user's record with each counterparty: /promise with, App Home and the digest show it.
        var relationships = new Relationships(jdbi, clock);
        HomeFeature.register(
                slack,
                scheduler,
                jdbi,
                ledger,
                requests,
                profiles,
                new ScoreCards(jdbi, clock),
                team::homeSection,
                relationships,
                clock);
        var settings =
                SettingsFeature.register(slack, jdbi, profiles, homesOutOfDate::outOfDate, calendar.feeds(), clock);
        var digest = DigestFeature.register(scheduler, jdbi, outbox, profiles, config.weeklyDigests(), clock);
        var promise = PromiseFeature.register(
                slack, jdbi, ledger, series, lifecycle, requests, profiles, outbox, calendar.links(), names, clock);
        var export = ExportFeature.register(slack, jdbi, config.publicUrl(), profiles, names, clock);
        // What /promise answers, by the words typed after it; any other text is a promise.
        var promiseWords = SubcommandRouter.otherwise(promise.recordAPromise())
                .whenNothingTyped(promise.openForm())
                .withWholeText("help", promise.help())
                .withWholeText("?", promise.help())
                .withWholeText("list", promise.list())
                .withWholeText("done", promise.doneList())
                .withWholeText("cancel", promise.cancelList())
                .withWholeText("digest", digest.digest())
                .withWholeText("score", digest.score())
                .withWholeText("settings", settings)
                // a whole-text word followed by more: "Did you mean …?", or a promise that begins with it;
                .whenAWordGoesOn(promise.wordGoesOn())
                .withWholeText("team", team.command())
                .withFirstWord("channel", ChannelFeature.subcommand(jdbi, profiles, clock))
                // "export" and "export revoke"; "export the Q3 numbers by Friday" is told apart as above.
                .withFirstWord("export", export.command(promise.wordGoesOn()))
                // "with Acme", "with @someone", "with" alone; "with the team, send the deck by Fri" is a promise.
                .withFirstWord(
                        "with",
                        relationships.command(promise.recordAPromise(), promise.readsAsAPromise(), profiles, names));
        slack.app().command("/promise", promiseWords);
        // Slack's word on the token before anything starts working; an unreachable Slack is waited out.
        try {
            slack.connect();
        } catch (RuntimeException refused) {
            // Nothing has started working yet: leave no database running behind a refused start.
            slack.close();
            scheduler.close();
            database.close();
            metrics.close();
            throw refused;
        }

        // Counted in the database for /metrics: read together at most every 15 s, in the background.
        var counted = metrics.readFromDatabase(jdbi, clock);
        counted.byTag("followthrough.commitments", "Commitments by status.", "status", ledger::countsByStatus);
        counted.byTag(
                "followthrough.outbox.messages",
                "Scheduled Slack messages by delivery status.",
                "status",
                outbox::countsByStatus);
        counted.secondsSince(
                "followthrough.outbox.oldest.pending.age",
                "How long the oldest message still waiting to be sent has been due.",
                now -> outbox.oldestPendingSince());
        counted.secondsSince(
                "followthrough.due.sweep.lag",
                "How long the oldest check that has come (a nudge, a missed deadline) has waited for the due sweep.",
                ledger::oldestDueCheck);

        // In Socket Mode Slack's requests arrive over the socket; HTTP still answers /healthz.
        var http = new HttpServer(
                config.port(),
                slack.app(),
                !config.socketMode(),
                database::isHealthy,
                new MetricsEndpoint(
                        metrics.registry(),
                        metrics::scrape,
                        config.metrics().token(),
                        config.metrics().port()));
        if (config.metrics().token().isEmpty() && config.metrics().port().isEmpty()) {
            log.info("GET /metrics is served on the public port to anyone: set METRICS_TOKEN to ask scrapers for"
                    + " a bearer token, or METRICS_PORT to serve it on a port of its own");
        }
        // Slack's Web API being away delays messages; it is reported, not a reason to restart.
        http.reportInHealth("slack", slack::webApiState, () -> true);
        if (config.socketMode()) {
            // In Socket Mode no request reaches the service while the socket is down.
            http.reportInHealth("socketMode", slack::socketModeState, slack::canReceiveRequests);
        }
        // Installs by OAuth: "Add to Slack" starts at /slack/install, Slack sends people back to the redirect.
        slack.installPages().ifPresent(pages -> {
            http.serve(Config.OAUTH_INSTALL_PATH, pages);
            http.serve(Config.OAUTH_REDIRECT_PATH, pages);
        });
        calendar.serveOn(http);
        export.serveOn(http);
        http.start();
        // The jobs start once requests are answered: their first runs (after downtime, a backlog of
        // due checks) would otherwise compete with the server's own start for the cores.
        scheduler.start();
        dispatcher.start();
        log.info(
                "Followthrough is running ({}; HTTP on port {})",
                config.socketMode() ? "Socket Mode" : "Slack requests at POST /slack/events",
                http.port());
        return new Application(database, slack, dispatcher, scheduler, http, metrics);
    }

    /** The channels that asked for a weekly team digest, as the channel settings hold them. */
    public static List<TeamDigestFeature.Subscription> teamDigestSubscriptions(Jdbi jdbi) {
        return ChannelFeature.teamDigests(jdbi).stream()
                .map(digest -> new TeamDigestFeature.Subscription(
                        digest.teamId(), digest.channelId(), digest.moment(), digest.toUserId(), digest.since()))
                .toList();
    }

    /**
     * Every feature's part in forgetting an uninstalled workspace, one per store with a team's rows.
     * Messages first, so nothing of the workspace is still on its way while the rest goes.
     */
    public static TeamForgetting forgetting(Jdbi jdbi) {
        return new TeamForgetting(List.of(
                Outbox.forgetting(jdbi),
                Outbox.forgettingPacing(jdbi),
                ReminderFeature.forgetting(jdbi),
                ReminderFeature.forgettingEscalations(jdbi),
                Ledger.forgetting(jdbi),
                Series.forgetting(jdbi),
                UserProfiles.forgetting(jdbi),
                DisplayNames.forgetting(jdbi),
                ChannelFeature.forgetting(jdbi),
                TeamFeature.forgetting(jdbi),
                HomeFeature.forgetting(jdbi),
                CalendarFeature.forgetting(jdbi),
                ExportFeature.forgetting(jdbi),
                RequestLedger.forgetting(jdbi),
                PostgresInstallations.forgetting(jdbi)));
    }

    public int httpPort() {
        return http.port();
    }

    /** The port GET /metrics answers on: METRICS_PORT's, or the public one. */
    public int metricsPort() {
        return http.metricsPort();
    }

    /**
     * Holds the outbox's sending off until the returned quiet is closed, once what was in flight is
     * recorded: a test's sends never land in the next test's records.
     */
    public Dispatcher.Quiet quiesceDispatcher() {
        return dispatcher.quiesce();
    }

    /**
     * Stops in order: no new requests (those in flight finish), the dispatcher (sends in flight
     * finish, claims not sent go back), work after their acks, the scheduler (running jobs finish),
     * the pool, the embedded database, the metrics. With the database frozen or gone, whatever
     * waits on it is let go after {@link #STOP_PATIENCE_WITH_THE_DATABASE}: what could not be
     * recorded then (a claim, a job's run) runs out or is recovered on the next start, as after a
     * crash, and the stop still ends in order.
     */
    @Override
    public void close() {
        log.info("Followthrough is stopping");
        try (var watch = database.watchStopping(STOP_PATIENCE_WITH_THE_DATABASE)) {
            http.close();
            dispatcher.close();
            slack.close();
            scheduler.close();
        }
        database.close();
        metrics.close();
        log.info("Followthrough stopped");
    }
}
