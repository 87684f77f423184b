package dev.followthrough.platform.workspace;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Bolt's OAuth states on PostgreSQL, shared by every instance. A state completes at most one install:
 * Bolt checks a state, calls oauth.v2.access, and only then consumes it, so two redirects with one
 * state could both pass the check; here the check itself takes the state away, atomically.
 */
public final class PostgresOAuthStates implements OAuthStateService {

    private final Jdbi jdbi;
    private final Clock clock;

    public PostgresOAuthStates(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofSeconds(getExpirationInSeconds()));
        jdbi.useExtension(OAuthStateStore.class, store -> {
            store.deleteExpired(now);
            store.issue(state, now, expiresAt);
        });
    }

    /**
     * The state in the query is the one this browser was given, and it is still in the table and
     * live; it is consumed by this check, so a second redirect with it is refused.
     */
    @Override
    public boolean isValid(Request request) {
        String givenState = extractStateFromQueryString(request);
        if (givenState == null || givenState.isBlank()) {
            return false;
        }
        String stateInSession = extractStateFromSession(request);
        if (!givenState.equals(stateInSession)) {
            return false;
        }
        return take(givenState);
    }

    /** Consumes the state: true for the one caller that took it while it was live. */
    boolean take(String state) {
        Instant now = clock.instant();
        return jdbi.withExtension(OAuthStateStore.class, store -> store.take(state))
                .map(expiresAt -> expiresAt.isAfter(now))
                .orElse(false);
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return jdbi.withExtension(OAuthStateStore.class, store -> store.isLive(state, clock.instant()));
    }

    /** Normally already gone (taken by {@link #isValid}); deleting again is harmless. */
    @Override
    public void deleteStateFromDatastore(String state) {
        if (state != null) {
            jdbi.useExtension(OAuthStateStore.class, store -> store.take(state));
        }
    }
}
