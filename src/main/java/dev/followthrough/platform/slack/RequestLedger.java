package dev.followthrough.platform.slack;

import dev.followthrough.platform.workspace.ForgetsATeam;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Remembers the requests already handled (Slack retries, a {@code trigger_id} seen twice) and the
 * answer each got, so a repeat gets the same answer and changes nothing.
 */
public final class RequestLedger {

    private final Jdbi jdbi;
    private final Clock clock;

    public RequestLedger(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Claims {@code requestKey} inside the caller's transaction. False when it was claimed before:
     * a concurrent first attempt makes this wait for it to commit (or roll back) first.
     */
    public boolean claim(Handle handle, String teamId, String requestKey, String response) {
        return handle.attach(ProcessedRequestStore.class).claim(teamId, requestKey, response, clock.instant());
    }

    /** This ledger inside one transaction, its store attached once: Jdbi's attach costs more than the SQL. */
    InTransaction in(Handle handle) {
        return new InTransaction(handle.attach(ProcessedRequestStore.class));
    }

    /** {@link #claim} and {@link #remember} on one handle. */
    final class InTransaction {

        private final ProcessedRequestStore store;

        private InTransaction(ProcessedRequestStore store) {
            this.store = store;
        }

        void limitStatementsToRequestTime() {
            store.limitStatementsToRequestTime();
        }

        boolean claim(String teamId, String requestKey) {
            return store.claim(teamId, requestKey, null, clock.instant());
        }

        void remember(String teamId, String requestKey, String response) {
            store.remember(teamId, requestKey, response);
        }
    }

    /** Stores the answer given to a claimed request, for its repeats. */
    public void remember(Handle handle, String teamId, String requestKey, String response) {
        handle.attach(ProcessedRequestStore.class).remember(teamId, requestKey, response);
    }

    /** The answer stored with a request handled before. */
    public Optional<String> answered(String teamId, String requestKey) {
        return jdbi.withExtension(ProcessedRequestStore.class, store -> store.answered(teamId, requestKey));
    }

    /** Forgets requests older than {@code age}: Slack stops retrying within minutes. */
    public int forgetOlderThan(Duration age) {
        var cutoff = clock.instant().minus(age);
        return jdbi.withExtension(ProcessedRequestStore.class, store -> store.forgetOlderThan(cutoff));
    }

    /** Forgets a workspace's remembered requests and answers. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(
                jdbi, ProcessedRequestStore.class, Set.of("processed_requests"), ProcessedRequestStore::forgetSome);
    }
}
