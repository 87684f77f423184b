package dev.followthrough.calendar;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.ledger.CommitmentMapper;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the calendar files are made of. Read-only: the feed tokens are written by {@link FeedTokenStore}. */
@RegisterRowMapper(CommitmentMapper.class)
interface CalendarStore {

    /** By id alone: the URL carries no team, its token proves it once the row is found. */
    @SqlQuery("SELECT * FROM commitments WHERE id = :id")
    Optional<Commitment> find(long id);

    @SqlQuery("""
            SELECT * FROM commitments
            WHERE team_id = :teamId AND owner_id = :ownerId AND firmness = 'HARD' AND status IN ('OPEN', 'MISSED')
            ORDER BY due_at, id
            LIMIT :limit""")
    List<Commitment> openHardOf(String teamId, String ownerId, int limit);
}
