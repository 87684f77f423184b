package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.ledger.CommitmentMapper;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterRowMapper(CommitmentMapper.class)
public interface DueStore {

    /**
     * Claims the commitments whose next check has come, oldest first, locking them until the
     * transaction ends; rows another sweep holds are skipped, not waited for.
     */
    @SqlQuery("""
            SELECT * FROM commitments
            WHERE next_check_at <= :now
            ORDER BY next_check_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<Commitment> claimDue(Instant now, int limit);
}
