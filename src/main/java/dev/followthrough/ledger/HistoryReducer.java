package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.result.RowReducer;
import org.jdbi.v3.core.result.RowView;

/** Folds a commitment's rows (one per event, joined) into its history; rows arrive ordered by commitment. */
public final class HistoryReducer implements RowReducer<Map<Long, HistoryReducer.Gathering>, CommitmentHistory> {

    /** A commitment and the events read for it so far. */
    record Gathering(Commitment commitment, List<CommitmentEvent> events) {}

    @Override
    public Map<Long, Gathering> container() {
        return new LinkedHashMap<>();
    }

    @Override
    public void accumulate(Map<Long, Gathering> gathered, RowView row) {
        var gathering = gathered.computeIfAbsent(
                row.getColumn("id", Long.class), id -> new Gathering(row.getRow(Commitment.class), new ArrayList<>()));
        row.getRow(CommitmentEventColumns.Joined.class).event().ifPresent(gathering.events()::add);
    }

    @Override
    public Stream<CommitmentHistory> stream(Map<Long, Gathering> gathered) {
        return gathered.values().stream()
                .map(gathering -> new CommitmentHistory(gathering.commitment(), gathering.events()));
    }
}
