package dev.followthrough.platform.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Socket Mode connection, kept up by this class rather than by the client's own monitor (which
 * retries every few seconds and logs a stack trace each time): one line per attempt, with back-off,
 * and a state {@code /healthz} can report.
 */
public final class SocketModeLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SocketModeLink.class);

    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    private final Slack slack;
    private final String appToken;
    private final App app;
    private final SocketModeRequestParser parser;
    private final Gson gson;
    private final ScheduledExecutorService supervisor;
    private volatile SocketModeClient client;
    private volatile boolean connected;
    private Duration nextRetry = FIRST_RETRY;
    private long nextAttemptAt;
    private int failedAttempts;

    public SocketModeLink(Slack slack, String appToken, App app) {
        this.slack = slack;
        this.appToken = appToken;
        this.app = app;
        this.parser = new SocketModeRequestParser(app.config());
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        this.supervisor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "socket-mode-link");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Connects in the background and keeps the connection up; returns at once. */
    public void start() {
        app.start();
        supervisor.scheduleWithFixedDelay(this::keepUp, 0, CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isConnected() {
        return connected;
    }

    private void keepUp() {
        try {
            var current = client;
            if (current != null && current.verifyConnection()) {
                if (!connected) {
                    log.info("Socket Mode connected to Slack");
                }
                connected = true;
                failedAttempts = 0;
                nextRetry = FIRST_RETRY;
                return;
            }
            if (connected) {
                log.warn("The Socket Mode connection to Slack was lost; reconnecting");
                connected = false;
            }
            if (System.currentTimeMillis() < nextAttemptAt) {
                return;
            }
            connect();
        } catch (RuntimeException | java.io.IOException | java.net.URISyntaxException failed) {
            failedAttempts++;
            var wait = nextRetry;
            nextRetry = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
            nextAttemptAt = System.currentTimeMillis() + wait.toMillis();
            log.warn(
                    "Socket Mode can't connect to Slack (attempt {}: {}); trying again in {} s",
                    failedAttempts,
                    SlackConnection.describe(failed),
                    wait.toSeconds());
        }
    }

    private void connect() throws java.io.IOException, java.net.URISyntaxException {
        if (client == null) {
            var url = slack.issueSocketModeUrl(appToken);
            // Its own monitor off: this class decides when to reconnect.
            var created = new SocketModeClientJavaWSImpl(
                    slack, appToken, url, 10, new ConcurrentLinkedMessageQueue(), false, false, 0L);
            created.addWebSocketMessageListener(message -> answer(created, message));
            client = created;
            created.connect();
        } else {
            client.connectToNewEndpoint();
        }
        // Until the socket says it is open, the next check retries only after the back-off.
        nextAttemptAt = System.currentTimeMillis() + nextRetry.toMillis();
    }

    private void answer(SocketModeClient socket, String message) {
        SocketModeRequest request = parser.parse(message);
        if (request == null) {
            return;
        }
        try {
            Response response = app.run(request.getBoltRequest());
            var envelopeId = request.getEnvelope().getEnvelopeId();
            if (response.getBody() == null || response.getBody().isEmpty()) {
                socket.sendSocketModeResponse(new AckResponse(envelopeId));
                return;
            }
            var answer = new LinkedHashMap<String, Object>();
            answer.put("envelope_id", envelopeId);
            if (response.getContentType() != null && response.getContentType().startsWith("application/json")) {
                answer.put("payload", gson.fromJson(response.getBody(), JsonElement.class));
            } else {
                answer.put("payload", java.util.Map.of("text", response.getBody()));
            }
            socket.sendSocketModeResponse(gson.toJson(answer));
        } catch (Exception surprise) {
            log.error("Failed answering a Socket Mode request", surprise);
        }
    }

    @Override
    public void close() {
        supervisor.shutdownNow();
        var current = client;
        if (current != null) {
            try {
                current.close();
            } catch (java.io.IOException | RuntimeException failedToClose) {
                log.warn("The Socket Mode connection did not close cleanly: {}", failedToClose.toString());
            }
        }
        app.stop();
    }
}
