package dev.followthrough.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import com.slack.api.util.http.SlackHttpClient;
import dev.followthrough.Config;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.workspace.PostgresInstallations;
import dev.followthrough.platform.workspace.PostgresOAuthStates;
import dev.followthrough.platform.workspace.TokenRotation;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Followthrough's side of Slack: the Bolt app every feature registers with, a Web API client for
 * work done outside a request, and the executor for work that must wait until after the ack.
 */
public final class SlackPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackPlatform.class);

    private final Slack slack;
    private final App app;
    private final Workspaces workspaces;
    /** Single-workspace mode's check of SLACK_BOT_TOKEN; OAuth mode has no one token to check. */
    private final Optional<SlackConnection> connection;

    private final ExecutorService afterAckThreads;
    /** Runs each piece of work with the log context (team, commitment) of the request that handed it over. */
    private final Executor afterAck;
    /** Set once by the wiring, after the features that need it exist (the platform comes first). */
    private volatile BeforeTheClaim beforeTheClaim = (teamId, userId) -> {};

    private final Optional<SocketModeLink> socketMode;
    private final RefusedTokens refusedTokens = new RefusedTokens();
    private final Optional<InstallationService> installations;
    private final Optional<TokenRotation> rotation;
    private volatile BiConsumer<String, Optional<String>> whenTokenAccepted = (teamId, enterpriseId) -> {};

    /** Every Web API call is timed on {@code meters} by method and outcome ({@link WebApiCalls}). */
    public SlackPlatform(Config config, Jdbi jdbi, RequestLedger requests, Clock clock, MeterRegistry meters) {
        var slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
        slackConfig.setPrettyResponseLoggingEnabled(false);
        slackConfig.setFailOnUnknownProperties(false);
        // The Slack client's own call statistics: kept in memory by threads of their own and read by
        // nothing here (every call is timed by WebApiCalls instead), and without a team on the
        // client, they cost an auth.test to learn it.
        slackConfig.setStatsEnabled(false);
        // Every Web API answer passes here: a token Slack refuses is noticed whoever called, and every
        // call is timed; what never comes as an answer (unreachable, HTTP 429) in the HTTP client.
        var calls = new WebApiCalls(meters, config.slackApiUrl());
        var responseListeners = new ArrayList<>(slackConfig.getHttpClientResponseHandlers());
        responseListeners.add(refusedTokens);
        responseListeners.add(calls);
        slackConfig.setHttpClientResponseHandlers(responseListeners);
        var httpClient = SlackHttpClient.buildOkHttpClient(slackConfig)
                .newBuilder()
                .addInterceptor(calls)
                .build();
        this.slack = Slack.getInstance(slackConfig, new SlackHttpClient(httpClient));
        this.afterAckThreads = Executors.newFixedThreadPool(4, runnable -> {
            var thread = new Thread(runnable, "after-ack");
            thread.setDaemon(true);
            return thread;
        });
        this.afterAck = LogContext.carrying(afterAckThreads);
        var appConfig = AppConfig.builder().slack(slack);
        config.signingSecret().ifPresent(appConfig::signingSecret);
        Middleware authorization;
        Optional<InstalledBots> installed;
        if (config.oauth().isPresent()) {
            var oauth = config.oauth().get();
            var bots = new InstalledBots(
                    PostgresInstallations.create(jdbi, oauth.tokenEncryptionKey(), clock),
                    new SlackTokenRefresher(slack.methods(), oauth.clientId(), oauth.clientSecret()),
                    clock);
            installed = Optional.of(bots);
            this.workspaces = new InstalledTokens(slack, bots, refusedTokens);
            this.connection = Optional.empty();
            authorization = new InstallationAuthorization(bots);
            OAuthPages.configure(appConfig, oauth);
        } else {
            var botToken = config.botToken().orElseThrow();
            installed = Optional.empty();
            this.workspaces = new FixedToken(slack, botToken, refusedTokens);
            var checked = new SlackConnection(slack.methods(botToken), config.slackApiUrl());
            checked.whenAccepted(identity -> {
                refusedTokens.handedOut(botToken, identity.getTeamId());
                whenTokenAccepted.accept(identity.getTeamId(), Optional.ofNullable(identity.getEnterpriseId()));
            });
            this.connection = Optional.of(checked);
            authorization = new BotAuthorization(botToken, checked);
            appConfig.singleTeamBotToken(botToken);
        }
        var built = appConfig.build();
        // The middleware in order, without Bolt's start-up auth.test: Slack may be away at start.
        var middleware = new ArrayList<Middleware>();
        middleware.add(new SSLCheck(built.getVerificationToken()));
        middleware.add(new RequestVerification(new SlackSignature.Verifier(
                new SlackSignature.Generator(config.signingSecret().orElse("socket-mode-has-no-signature")))));
        middleware.add(authorization);
        middleware.add(new IgnoringSelfEvents(slackConfig, false));
        // Outermost of ours, so it logs the status of the answer actually given.
        middleware.add(new RequestLog());
        middleware.add(new SurpriseCatcher(new FailureNotices(slack, workspaces, afterAck)));
        middleware.add(new TypedTextCleaner());
        middleware.add(
                new ExactlyOnce(jdbi, requests, afterAck, (teamId, userId) -> beforeTheClaim.prepare(teamId, userId)));
        this.app = new App(built, slack, middleware);
        this.installations = installed.map(bots -> bots);
        this.rotation = installed.map(InstalledBots::rotation);
        installed.ifPresent(bots -> OAuthPages.serveWith(app, bots, new PostgresOAuthStates(jdbi, clock)));
        this.socketMode = config.appToken().map(appToken -> new SocketModeLink(slack, appToken, app));
    }

    /**
     * Checks the bot token with Slack (waiting a few seconds at most) and, in Socket Mode, starts
     * connecting. A token Slack refuses stops start-up; a Slack that can't be reached does not.
     */
    public void connect() {
        connection.ifPresent(checked -> checked.start(Duration.ofSeconds(5)));
        socketMode.ifPresent(SocketModeLink::start);
    }

    /** What every command, button press and form submission needs before its transaction opens. */
    public void beforeEachClaim(BeforeTheClaim preparation) {
        this.beforeTheClaim = preparation;
    }

    /**
     * What to do when Slack refuses a workspace's token ({@code invalid_auth}, {@code
     * account_inactive}, {@code token_revoked}, {@code not_authed}) on any call: given the team id
     * and Slack's error, once per token, on a thread of its own.
     */
    public void whenTokenRefused(BiConsumer<String, String> action) {
        refusedTokens.whenRefused(action);
    }

    /** The installs' tokens in OAuth mode (to delete on uninstall); none in single-workspace mode. */
    public Optional<InstallationService> installations() {
        return installations;
    }

    /** OAuth mode's refresh of rotated tokens before they expire, for a recurring job; none otherwise. */
    public Optional<TokenRotation> tokenRotation() {
        return rotation;
    }

    /** What to do when Slack accepts SLACK_BOT_TOKEN at start: given its team and organisation. */
    public void whenTokenAccepted(BiConsumer<String, Optional<String>> action) {
        whenTokenAccepted = action;
    }

    public App app() {
        return app;
    }

    /** The Web API as {@code teamId}'s bot: for work outside a request (jobs, after the ack). */
    public MethodsClient methods(String teamId) {
        return workspaces.methods(teamId);
    }

    /** Each workspace's Web API, for parts that only call Slack and need nothing else from here. */
    public Workspaces workspaces() {
        return workspaces;
    }

    /**
     * The Web API in a word, for {@code /healthz}: checking, connected, unreachable, token_refused;
     * with installs by OAuth, "oauth": each workspace has its own token, none is checked at start.
     */
    public String webApiState() {
        return connection
                .map(checked -> checked.state().name().toLowerCase(java.util.Locale.ROOT))
                .orElse("oauth");
    }

    /** The install pages (GET /slack/install, GET /slack/oauth_redirect) when installs are by OAuth. */
    public Optional<HttpServlet> installPages() {
        return app.config().isDistributedApp() ? Optional.of(new SlackOAuthAppServlet(app)) : Optional.empty();
    }

    /** The Socket Mode connection in a word, for {@code /healthz}. */
    public String socketModeState() {
        return socketMode
                .map(link -> link.isConnected() ? "connected" : "disconnected")
                .orElse("off");
    }

    /** False only in Socket Mode while the socket is down: then no request can reach the service. */
    public boolean canReceiveRequests() {
        return socketMode.map(SocketModeLink::isConnected).orElse(true);
    }

    /**
     * Runs slow work (Web API calls) after the ack has gone back: Slack wants an answer within 3 s.
     * Inside a button's or form's transaction it waits for the commit, and is dropped on rollback.
     * A surprise is logged with what was being done; the user has their ack already.
     */
    public void afterAck(String description, Runnable work) {
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException surprise) {
                log.error("Failed after the ack: {}", description, surprise);
            }
        };
        if (!AfterCommit.hold(guarded)) {
            afterAck.execute(guarded);
        }
    }

    /**
     * Opens a modal right after the ack: a trigger_id works once and only for 3 s, so this is the
     * first thing done after answering.
     */
    public void openView(String teamId, String triggerId, View view) {
        afterAck("opening a form", () -> {
            try {
                var response = methods(teamId)
                        .viewsOpen(open -> open.triggerId(triggerId).view(BlockKitFit.view(view)));
                if (!response.isOk()) {
                    log.warn("views.open answered {}", response.getError());
                }
            } catch (IOException | SlackApiException unreachable) {
                throw new UncheckedIOException(new IOException("views.open failed", unreachable));
            }
        });
    }

    /** Answers through a response URL (a command's, a button's): call it after the ack. */
    public void respond(String responseUrl, String json) {
        try {
            var response = slack.send(responseUrl, json);
            if (response.getCode() != 200) {
                log.warn("The response URL answered HTTP {}: {}", response.getCode(), response.getBody());
            }
        } catch (IOException unreachable) {
            throw new UncheckedIOException("Could not answer through the response URL", unreachable);
        }
    }

    /** Lets work already handed over finish, then releases the HTTP client. */
    @Override
    public void close() {
        socketMode.ifPresent(SocketModeLink::close);
        connection.ifPresent(SlackConnection::close);
        refusedTokens.close();
        afterAckThreads.shutdown();
        try {
            if (!afterAckThreads.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Work after the ack did not finish within 10 s; stopping it");
                afterAckThreads.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            afterAckThreads.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception failedToClose) {
            log.warn("The Slack client did not close cleanly", failedToClose);
        }
    }
}
