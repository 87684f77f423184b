package dev.followthrough.ledger;

import dev.followthrough.commitment.CommitmentHistory;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;

/** The slice of {@link CommitmentStore} that reads one channel's commitments with their history. */
@RegisterRowMapper(CommitmentMapper.class)
interface ChannelHistoryStore {

    /**
     * The commitments made in, or linked to, one channel of one workspace, each with its events:
     * those still open, and those closed or due since {@code since}. Undone ones never count.
     */
    @SqlQuery("SELECT c.*, " + CommitmentEventColumns.SELECTED + """
             FROM commitments c
            LEFT JOIN commitment_events e ON e.team_id = c.team_id AND e.commitment_id = c.id
            WHERE c.team_id = :teamId AND c.channel_id = :channelId AND c.status <> 'UNDONE'
              AND (c.status IN ('OPEN', 'MISSED') OR c.closed_at >= :since OR c.due_at >= :since)
            ORDER BY c.id, e.at, e.id""")
    @RegisterRowMapper(CommitmentEventColumns.class)
    @UseRowReducer(HistoryReducer.class)
    List<CommitmentHistory> historiesInChannel(String teamId, String channelId, Instant since);
}
