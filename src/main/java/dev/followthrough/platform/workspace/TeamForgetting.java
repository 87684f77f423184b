package dev.followthrough.platform.workspace;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Every feature's part in forgetting a workspace, in one list: what is left of a team once its
 * data is to go. Batch after batch, each in a transaction of its own, until no part has a row of it.
 */
public final class TeamForgetting {

    /** Rows a table loses per transaction: small enough that no delete holds locks for long. */
    static final int BATCH_SIZE = 500;

    private final List<ForgetsATeam> parts;

    public TeamForgetting(List<ForgetsATeam> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Every table some part deletes a team's rows from. */
    public Set<String> tables() {
        var tables = new TreeSet<String>();
        parts.forEach(part -> tables.addAll(part.tables()));
        return tables;
    }

    /**
     * Deletes every row of {@code teamId}, part by part, while {@code stillToGo} says so (it is
     * asked before each batch: a reinstall midway stops the rest); returns how many rows went.
     */
    public long forget(String teamId, BooleanSupplier stillToGo) {
        long forgotten = 0;
        for (var part : parts) {
            while (stillToGo.getAsBoolean()) {
                var batch = part.forgetSome(teamId, BATCH_SIZE);
                forgotten += batch;
                if (batch == 0) {
                    break;
                }
            }
        }
        return forgotten;
    }
}
