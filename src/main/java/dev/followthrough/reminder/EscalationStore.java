package dev.followthrough.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Per missed deadline: when its owner was told it would be raised, and whether it was. Attach to
 * the sweep's handle: it runs in the sweep's transaction.
 */
@RegisterConstructorMapper(EscalationStore.Told.class)
interface EscalationStore {

    /** The owner was told at {@code ownerToldAt}; raised at {@code raisedAt}, if it was (null if not). */
    record Told(String teamId, long commitmentId, int deadlineVersion, Instant ownerToldAt, Instant raisedAt) {

        Optional<Instant> raised() {
            return Optional.ofNullable(raisedAt);
        }
    }

    /** What was told about these commitments, every deadline version of them. */
    @SqlQuery("SELECT * FROM escalations WHERE commitment_id IN (<ids>)")
    List<Told> of(@BindList("ids") List<Long> commitmentIds);

    /** The first telling stands: a sweep run again changes nothing. */
    @SqlUpdate("""
            INSERT INTO escalations (team_id, commitment_id, deadline_version, owner_told_at)
            VALUES (:teamId, :commitmentId, :deadlineVersion, :at)
            ON CONFLICT (team_id, commitment_id, deadline_version) DO NOTHING""")
    void ownerTold(String teamId, long commitmentId, int deadlineVersion, Instant at);

    /** 1 when this raises it, 0 when it was raised already. */
    @SqlUpdate("""
            UPDATE escalations SET raised_at = :at
            WHERE team_id = :teamId AND commitment_id = :commitmentId AND deadline_version = :deadlineVersion
              AND raised_at IS NULL""")
    int raised(String teamId, long commitmentId, int deadlineVersion, Instant at);

    @SqlUpdate("""
            DELETE FROM escalations WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM escalations WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);
}
