package dev.followthrough.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.view.View;
import dev.followthrough.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
    private final MethodsClient methods;
    private final ExecutorService afterAck;

    public SlackPlatform(Config config) {
        var slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.slackApiUrl());
        slackConfig.setPrettyResponseLoggingEnabled(false);
        slackConfig.setFailOnUnknownProperties(false);
        this.slack = Slack.getInstance(slackConfig);
        var appConfig = AppConfig.builder().slack(slack).singleTeamBotToken(config.botToken());
        config.signingSecret().ifPresent(appConfig::signingSecret);
        this.app = new App(appConfig.build());
        this.app.use(new SurpriseCatcher());
        this.methods = slack.methods(config.botToken());
        this.afterAck = Executors.newFixedThreadPool(4, runnable -> {
            var thread = new Thread(runnable, "after-ack");
            thread.setDaemon(true);
            return thread;
        });
    }

    public App app() {
        return app;
    }

    /** The Web API, with the bot token: for work outside a request (jobs, after the ack). */
    public MethodsClient methods() {
        return methods;
    }

    /**
     * Runs slow work (Web API calls) after the ack has gone back: Slack wants an answer within 3 s.
     * A surprise is logged with what was being done; the user has their ack already.
     */
    public void afterAck(String description, Runnable work) {
        afterAck.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException surprise) {
                log.error("Failed after the ack: {}", description, surprise);
            }
        });
    }

    /**
     * Opens a modal right after the ack: a trigger_id works once and only for 3 s, so this is the
     * first thing done after answering.
     */
    public void openView(String triggerId, View view) {
        afterAck("opening a form", () -> {
            try {
                var response =
                        methods.viewsOpen(open -> open.triggerId(triggerId).view(BlockKitFit.view(view)));
                if (!response.isOk()) {
                    log.warn("views.open answered {}", response.getError());
                }
            } catch (IOException | SlackApiException unreachable) {
                throw new UncheckedIOException(new IOException("views.open failed", unreachable));
            }
        });
    }

    /** Lets work already handed over finish, then releases the HTTP client. */
    @Override
    public void close() {
        afterAck.shutdown();
        try {
            if (!afterAck.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Work after the ack did not finish within 10 s; stopping it");
                afterAck.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            afterAck.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception failedToClose) {
            log.warn("The Slack client did not close cleanly", failedToClose);
        }
    }
}
