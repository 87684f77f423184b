package dev.followthrough.platform.workspace;

import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * One feature's part in forgetting a workspace once its retention period is over: the rows of its
 * tables that belong to the team. Every table with a {@code team_id} column is some feature's part
 * (a test reads the schema to hold that), and the parts are gathered in one list in {@code
 * Application}.
 *
 * <pre>{@code
 * static ForgetsATeam forgetting(Jdbi jdbi) {
 *     return ForgetsATeam.inStore(jdbi, ChannelStore.class, Set.of("channel_settings", "channel_events"),
 *             ChannelStore::forgetSome);
 * }
 * }</pre>
 */
public interface ForgetsATeam {

    /** The tables whose rows for a team this deletes. */
    Set<String> tables();

    /**
     * Deletes at most {@code batchSize} of {@code teamId}'s rows from each of its tables, in one
     * short transaction of its own, and says how many went: zero once nothing of the team is left.
     * Small batches keep a big workspace from holding one huge transaction.
     */
    int forgetSome(String teamId, int batchSize);

    /** A store's batch delete: its statements, run on one transaction's store. */
    @FunctionalInterface
    interface Batch<S> {
        int forgetSome(S store, String teamId, int batchSize);
    }

    /** The part of a feature whose tables one SqlObject store owns. */
    static <S> ForgetsATeam inStore(Jdbi jdbi, Class<S> storeType, Set<String> tables, Batch<S> batch) {
        var owned = Set.copyOf(tables);
        return new ForgetsATeam() {
            @Override
            public Set<String> tables() {
                return owned;
            }

            @Override
            public int forgetSome(String teamId, int batchSize) {
                return jdbi.inTransaction(handle -> batch.forgetSome(handle.attach(storeType), teamId, batchSize));
            }

            @Override
            public String toString() {
                return storeType.getSimpleName() + owned;
            }
        };
    }
}
