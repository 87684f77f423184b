package dev.followthrough.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.followthrough.CannotStart;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Slack knows the bot token ({@code auth.test}), checked at start and, while Slack can't be
 * reached, again in the background with back-off. Only Slack's own word that the token is wrong
 * stops start-up: a network fault, a proxy or an outage is logged in one line and waited out.
 */
public final class SlackConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackConnection.class);

    /** Slack's answers that mean the token itself is wrong; anything else may heal. */
    private static final Set<String> REFUSED_TOKEN = Set.of("invalid_auth", "not_authed");

    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    public enum State {
        CHECKING,
        CONNECTED,
        UNREACHABLE,
        TOKEN_REFUSED
    }

    private final MethodsClient methods;
    private final String apiUrl;
    private final ScheduledExecutorService retries;
    private volatile State state = State.CHECKING;
    private volatile Optional<AuthTestResponse> identity = Optional.empty();
    private Duration nextRetry = FIRST_RETRY;
    private volatile Consumer<AuthTestResponse> whenAccepted = identity -> {};

    SlackConnection(MethodsClient methods, String apiUrl) {
        this.methods = methods;
        this.apiUrl = apiUrl;
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "slack-connection");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The first check, waited for at most {@code wait}. A token Slack refuses stops start-up; a
     * Slack that can't be reached does not: the checks go on in the background.
     */
    public void start(Duration wait) {
        var first = new CompletableFuture<State>();
        retries.execute(() -> first.complete(check()));
        try {
            if (first.get(wait.toMillis(), TimeUnit.MILLISECONDS) == State.TOKEN_REFUSED) {
                throw new CannotStart("Slack refused SLACK_BOT_TOKEN (" + apiUrl + " auth.test answered "
                        + identity.map(AuthTestResponse::getError).orElse("invalid_auth")
                        + "). Copy the Bot User OAuth Token (xoxb-...) again from OAuth & Permissions, and"
                        + " reinstall the app if it was removed.");
            }
        } catch (TimeoutException slow) {
            log.warn(
                    "Slack's Web API at {} did not answer within {} s; starting anyway and checking in the background",
                    apiUrl,
                    wait.toSeconds());
        } catch (ExecutionException | InterruptedException impossible) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The first Slack check was interrupted", impossible);
        }
    }

    /** What to do once Slack accepts the token: the workspace it is for can be sent to. */
    void whenAccepted(Consumer<AuthTestResponse> action) {
        whenAccepted = action;
    }

    public State state() {
        return state;
    }

    /** Who the bot is, once Slack said so. */
    Optional<AuthTestResponse> identity() {
        return identity;
    }

    private State check() {
        try {
            var response = methods.authTest(request -> request);
            if (response.isOk()) {
                identity = Optional.of(response);
                state = State.CONNECTED;
                nextRetry = FIRST_RETRY;
                whenAccepted.accept(response);
                log.info(
                        "Connected to Slack at {} as {} in workspace {}",
                        apiUrl,
                        response.getUser(),
                        response.getTeamId());
                return state;
            }
            if (REFUSED_TOKEN.contains(response.getError())) {
                identity = Optional.of(response);
                state = State.TOKEN_REFUSED;
                log.error(
                        "Slack refused SLACK_BOT_TOKEN: {} auth.test answered {}. Set the Bot User OAuth Token"
                                + " (xoxb-...) from OAuth & Permissions.",
                        apiUrl,
                        response.getError());
                return state;
            }
            return retryLater("answered auth.test with " + response.getError());
        } catch (IOException | SlackApiException | RuntimeException unreachable) {
            return retryLater("can't be reached (" + describe(unreachable) + ")");
        }
    }

    private State retryLater(String what) {
        state = State.UNREACHABLE;
        var wait = nextRetry;
        nextRetry = wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
        log.warn("Slack's Web API at {} {}; trying again in {} s", apiUrl, what, wait.toSeconds());
        if (!retries.isShutdown()) {
            retries.schedule(this::check, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        return state;
    }

    static String describe(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
