package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import java.time.Instant;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The slice of {@link CommitmentStore} that records a promise on the request path. Jdbi 3.49 builds
 * a handler for every method of an interface each time it is attached to a handle, so attaching
 * the whole store there cost more than its SQL; this slice has one method.
 */
@RegisterRowMapper(CommitmentMapper.class)
interface NewCommitmentStore {

    /**
     * A new commitment and its first event in one statement, the row as stored: one round trip on
     * the request path where two were. The event's {@code commitmentId} is the new row's, not the
     * one bound.
     */
    @SqlQuery("""
            WITH created AS (
                INSERT INTO commitments (team_id, owner_id, what, direction, counterparty_user_id, counterparty_name,
                                         firmness, due_at, target_at, due_phrase, due_zone, status, channel_id,
                                         deadline_set_at, nudged_through, next_check_at, created_at, updated_at)
                VALUES (:teamId, :ownerId, :what, :direction, :counterpartyUserId, :counterpartyName,
                        :firmness, :dueAt, :targetAt, :duePhrase, :dueZone, 'OPEN', :channelId,
                        :now, :now, :now, :now, :now)
                RETURNING *
            ), first_event AS (
                INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, timing, old_due_at,
                                               old_firmness, new_due_at, new_firmness, edited_fields, remind_at, reason)
                VALUES (:event.teamId, (SELECT id FROM created), :event.actorId, :event.kind, :event.at, :event.timing,
                        :event.oldDueAt, :event.oldFirmness, :event.newDueAt, :event.newFirmness, :event.editedFields,
                        :event.remindAt, :event.reason)
            )
            SELECT * FROM created""")
    Commitment insertWithEvent(
            @BindMethods NewCommitmentRow commitment,
            Instant now,
            @BindMethods("event") CommitmentStore.EventRow firstEvent);
}
