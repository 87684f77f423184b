package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The slice of {@link CommitmentStore} a series uses to take back occurrences it made: those a
 * reopened keep or an undone first promise leaves without a reason to exist.
 */
@RegisterRowMapper(CommitmentMapper.class)
interface OccurrenceStore {

    /** The series' occurrence on {@code day}, locked: no action on it runs while it is looked at. */
    @SqlQuery("""
            SELECT * FROM commitments WHERE team_id = :teamId AND series_id = :seriesId AND occurrence_on = :day
            FOR UPDATE""")
    Optional<Commitment> lockOccurrenceOn(String teamId, long seriesId, LocalDate day);

    /** The series' occurrences after {@code day} still open, locked, soonest first. */
    @SqlQuery("""
            SELECT * FROM commitments
            WHERE team_id = :teamId AND series_id = :seriesId AND occurrence_on > :day AND status IN ('OPEN', 'MISSED')
            ORDER BY occurrence_on
            FOR UPDATE""")
    List<Commitment> lockOpenOccurrencesAfter(String teamId, long seriesId, LocalDate day);

    /**
     * Deletes an occurrence nobody has touched, as if it had never been made: still open, never
     * nudged, with no event but its creation and no next step recorded after it. 0 when it was
     * touched, and it stays. Lock it first, so an action on it can't slip in between.
     */
    @SqlUpdate("""
            DELETE FROM commitments c
            WHERE c.team_id = :teamId AND c.id = :id AND c.series_id IS NOT NULL AND c.status = 'OPEN'
              AND c.last_nudged_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM commitment_events e
                              WHERE e.team_id = c.team_id AND e.commitment_id = c.id AND e.kind <> 'CREATED')
              AND NOT EXISTS (SELECT 1 FROM commitments n WHERE n.next_step_of = c.id)""")
    int deleteUntouchedOccurrence(String teamId, long id);
}
