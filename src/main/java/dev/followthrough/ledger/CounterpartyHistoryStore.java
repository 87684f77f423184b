package dev.followthrough.ledger;

import dev.followthrough.commitment.CommitmentHistory;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;

/** The slice of {@link CommitmentStore} that reads an owner's commitments with someone: their relationships. */
@RegisterRowMapper(CommitmentMapper.class)
interface CounterpartyHistoryStore {

    /**
     * The owner's latest {@code limit} commitments that name a counterparty (undone ones left out,
     * as everywhere they are shown), each with its events, oldest first.
     */
    @SqlQuery("SELECT c.*, " + CommitmentEventColumns.SELECTED + """
             FROM (SELECT * FROM commitments
                  WHERE team_id = :teamId AND owner_id = :ownerId AND status <> 'UNDONE'
                    AND (counterparty_user_id IS NOT NULL OR counterparty_name IS NOT NULL)
                  ORDER BY id DESC
                  LIMIT :limit) c
            LEFT JOIN commitment_events e ON e.team_id = c.team_id AND e.commitment_id = c.id
            ORDER BY c.id, e.at, e.id""")
    @RegisterRowMapper(CommitmentEventColumns.class)
    @UseRowReducer(HistoryReducer.class)
    List<CommitmentHistory> historiesWithCounterparties(String teamId, String ownerId, int limit);
}
