package dev.followthrough.platform.slack;

import com.slack.api.util.http.listener.HttpResponseListener;
import dev.followthrough.platform.logging.LogContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * Hears every Web API answer, whoever made the call (the dispatcher, profiles, App Home, forms), and
 * reports once per token the ones where Slack says the token itself is no good, naming the
 * workspace it was handed out for. The report is made on a thread of its own: the caller may be
 * inside a transaction that what the report does would wait for.
 */
final class RefusedTokens extends HttpResponseListener {

    /**
     * Slack's errors for a token that will not work again, whatever is asked. {@code token_expired}
     * is not one: a rotated token is refreshed instead.
     */
    static final Set<String> REFUSING = Set.of("invalid_auth", "account_inactive", "token_revoked", "not_authed");

    // Bounded by the workspaces served: one entry per token handed out.
    private final Map<String, String> teamByToken = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final ExecutorService reports = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "refused-tokens");
        thread.setDaemon(true);
        return thread;
    });
    private volatile BiConsumer<String, String> whenRefused = (teamId, error) -> {};

    /** {@code token} is the one calls for {@code teamId} carry. */
    void handedOut(String token, String teamId) {
        if (token != null && teamId != null && !teamId.equals(teamByToken.put(token, teamId))) {
            reported.remove(token);
        }
    }

    /** What to do with a workspace whose token Slack refused, given its team id and Slack's error. */
    void whenRefused(BiConsumer<String, String> action) {
        whenRefused = action;
    }

    @Override
    public void accept(State state) {
        var error = refusal(state.getParsedResponseBody());
        if (error.isEmpty()) {
            return;
        }
        var authorization = state.getResponse().request().header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return;
        }
        var token = authorization.substring("Bearer ".length()).trim();
        var teamId = teamByToken.get(token);
        if (teamId != null && reported.add(token)) {
            reports.execute(() -> {
                try (var context = LogContext.team(teamId)) {
                    whenRefused.accept(teamId, error.get());
                }
            });
        }
    }

    private static Optional<String> refusal(String body) {
        return SlackError.in(body).filter(REFUSING::contains);
    }

    void close() {
        reports.shutdown();
    }
}
