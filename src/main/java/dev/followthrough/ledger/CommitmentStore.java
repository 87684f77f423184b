package dev.followthrough.ledger;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentHistory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;

/** Commitments as rows. Attach to a handle to work inside a transaction. */
@RegisterRowMapper(CommitmentMapper.class)
public interface CommitmentStore
        extends NewCommitmentStore, ChannelHistoryStore, CounterpartyHistoryStore, OccurrenceStore {

    /**
     * At most {@code batchSize} of a forgotten workspace's commitment events and of its commitments:
     * events first, so a commitment's cascade never deletes a long history in one statement.
     */
    default int forgetSome(String teamId, int batchSize) {
        return forgetSomeEvents(teamId, batchSize) + forgetSomeCommitments(teamId, batchSize);
    }

    /** Part of {@link #forgetSome}. */
    @SqlUpdate("""
            DELETE FROM commitment_events WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM commitment_events WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSomeEvents(String teamId, int batchSize);

    /** Part of {@link #forgetSome}. */
    @SqlUpdate("""
            DELETE FROM commitments WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM commitments WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSomeCommitments(String teamId, int batchSize);

    @SqlQuery("SELECT * FROM commitments WHERE team_id = :teamId AND id = :id")
    Optional<Commitment> find(String teamId, long id);

    /** Reads a commitment and holds its row until the transaction ends: changes to it queue up. */
    @SqlQuery("SELECT * FROM commitments WHERE team_id = :teamId AND id = :id FOR UPDATE")
    Optional<Commitment> lock(String teamId, long id);

    /** By id alone: for a link whose token proves the team, checked once the row is found. */
    @SqlQuery("SELECT * FROM commitments WHERE id = :id")
    Optional<Commitment> findAnyTeam(long id);

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

    /** The owner's open commitments with a firm deadline, soonest first. */
    @SqlQuery("""
            SELECT * FROM commitments
            WHERE team_id = :teamId AND owner_id = :ownerId AND firmness = 'HARD' AND status IN ('OPEN', 'MISSED')
            ORDER BY due_at, id
            LIMIT :limit""")
    List<Commitment> openHardOf(String teamId, String ownerId, int limit);

    /** Open commitments of one owner, soonest first; soft ones without a target last. */
    @SqlQuery("""
            SELECT * FROM commitments
            WHERE team_id = :teamId AND owner_id = :ownerId AND status IN ('OPEN', 'MISSED')
            ORDER BY COALESCE(due_at, target_at) NULLS LAST, created_at, id
            LIMIT :limit""")
    List<Commitment> openOf(String teamId, String ownerId, int limit);

    /** Where a promise made from a message came from: its thread and its link. */
    @SqlUpdate("UPDATE commitments SET message_ts = :messageTs, source_permalink = :permalink"
            + " WHERE team_id = :teamId AND id = :id")
    void recordOrigin(String teamId, long id, String messageTs, String permalink);

    @SqlUpdate("UPDATE commitments SET next_step_of = :previousId WHERE team_id = :teamId AND id = :id")
    void markNextStepOf(String teamId, long id, long previousId);

    @SqlQuery("SELECT * FROM commitments WHERE team_id = :teamId AND next_step_of = :previousId")
    Optional<Commitment> nextStepOf(String teamId, long previousId);

    @SqlQuery("SELECT message_ts FROM commitments WHERE team_id = :teamId AND id = :id AND message_ts IS NOT NULL")
    Optional<String> messageTs(String teamId, long id);

    /** The earliest check that has come and is not yet done: how far the due sweep is behind. */
    @SqlQuery("SELECT min(next_check_at) FROM commitments WHERE next_check_at <= :now")
    Optional<Instant> oldestDueCheck(Instant now);

    @SqlQuery("SELECT status, count(*) FROM commitments GROUP BY status")
    @KeyColumn("status")
    @ValueColumn("count")
    Map<String, Long> countsByStatus();

    @SqlQuery("SELECT count(*) FROM commitments WHERE team_id = :teamId AND owner_id = :ownerId"
            + " AND status IN ('OPEN', 'MISSED')")
    int countOpenOf(String teamId, String ownerId);

    /** Writes everything that can change; {@code nextCheckAt} null means nothing left to check. */
    @SqlUpdate("""
            UPDATE commitments
            SET what = :what, direction = :direction, counterparty_user_id = :counterpartyUserId,
                counterparty_name = :counterpartyName, status = :status, closed_at = :closedAt, firmness = :firmness, due_at = :dueAt, target_at = :targetAt,
                due_phrase = :duePhrase, due_zone = :dueZone, deadline_version = :deadlineVersion,
                deadline_set_at = :deadlineSetAt, nudged_through = :nudgedThrough, last_nudged_at = :lastNudgedAt,
                snoozed_until = :snoozedUntil, follow_up_at = :followUpAt, firm_up_prompted_at = :firmUpPromptedAt,
                next_check_at = :nextCheckAt, updated_at = :updatedAt
            WHERE team_id = :teamId AND id = :id""")
    void update(@BindMethods CommitmentRow commitment);

    /** What a sweep's checks change, for a whole batch in one JDBC batch: status, reminders, the next check. */
    @SqlBatch("""
            UPDATE commitments
            SET status = :status, nudged_through = :nudgedThrough, last_nudged_at = :lastNudgedAt,
                snoozed_until = :snoozedUntil, follow_up_at = :followUpAt, firm_up_prompted_at = :firmUpPromptedAt,
                next_check_at = :nextCheckAt, updated_at = :updatedAt
            WHERE team_id = :teamId AND id = :id""")
    void checked(@BindMethods List<CommitmentRow> commitments);

    /** Reminders are planned from the owner's settings: each open commitment of theirs is looked at again. */
    @SqlUpdate("""
            UPDATE commitments SET next_check_at = :now
            WHERE team_id = :teamId AND owner_id = :ownerId AND status IN ('OPEN', 'MISSED')""")
    void checkAgainAllOpenOf(String teamId, String ownerId, Instant now);

    /**
     * A page of the channels that have commitments made in them, open or kept since {@code
     * keptSince}, after ({@code teamId}, {@code channelId}), each with the zone of its latest such
     * commitment.
     */
    @SqlQuery("""
            SELECT DISTINCT ON (team_id, channel_id) team_id, channel_id, due_zone FROM commitments
            WHERE channel_id IS NOT NULL AND (team_id, channel_id) > (:teamId, :channelId)
              AND (status IN ('OPEN', 'MISSED') OR (status = 'KEPT' AND closed_at > :keptSince))
            ORDER BY team_id, channel_id, created_at DESC
            LIMIT :limit""")
    @RegisterConstructorMapper(ChannelWithCommitments.class)
    List<ChannelWithCommitments> channelsAfter(String teamId, String channelId, Instant keptSince, int limit);

    /** The commitments made in one channel: open ones, and those kept since {@code keptSince}. */
    @SqlQuery("""
            SELECT * FROM commitments
            WHERE team_id = :teamId AND channel_id = :channelId
              AND (status IN ('OPEN', 'MISSED') OR (status = 'KEPT' AND closed_at > :keptSince))""")
    List<Commitment> inChannel(String teamId, String channelId, Instant keptSince);

    /**
     * The commitments of a batch of owners ({@code teamIds[i]}, {@code userIds[i]}), with their
     * events, in one query: those still open, and those closed or due since {@code since}. Undone
     * ones never count, so they are left out.
     */
    @SqlQuery("SELECT c.*, " + CommitmentEventColumns.SELECTED + """
             FROM unnest(:teamIds, :userIds) AS owner (team_id, user_id)
            JOIN commitments c ON c.team_id = owner.team_id AND c.owner_id = owner.user_id
            LEFT JOIN commitment_events e ON e.commitment_id = c.id
            WHERE c.status <> 'UNDONE'
              AND (c.status IN ('OPEN', 'MISSED') OR c.closed_at >= :since OR c.due_at >= :since)
            ORDER BY c.id, e.at, e.id""")
    @RegisterRowMapper(CommitmentEventColumns.class)
    @UseRowReducer(HistoryReducer.class)
    List<CommitmentHistory> histories(String[] teamIds, String[] userIds, Instant since);

    /**
     * A page of one owner's ledger: their commitments after {@code afterId} in id order (undone ones
     * left out, as everywhere they are shown), each with its events, oldest first.
     */
    @SqlQuery("SELECT c.*, " + CommitmentEventColumns.SELECTED + """
             FROM (SELECT * FROM commitments
                  WHERE team_id = :teamId AND owner_id = :ownerId AND id > :afterId AND status <> 'UNDONE'
                  ORDER BY id
                  LIMIT :limit) c
            LEFT JOIN commitment_events e ON e.team_id = c.team_id AND e.commitment_id = c.id
            ORDER BY c.id, e.at, e.id""")
    @RegisterRowMapper(CommitmentEventColumns.class)
    @UseRowReducer(HistoryReducer.class)
    List<CommitmentHistory> historiesOfOwner(String teamId, String ownerId, long afterId, int limit);

    @SqlUpdate("""
            INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, timing, old_due_at,
                                           old_firmness, new_due_at, new_firmness, edited_fields, remind_at, reason)
            VALUES (:teamId, :commitmentId, :actorId, :kind, :at, :timing, :oldDueAt,
                    :oldFirmness, :newDueAt, :newFirmness, :editedFields, :remindAt, :reason)""")
    void recordEvent(@BindMethods EventRow event);

    /** One event as its row: the typed change in columns of its own, so the score reads it back. */
    record EventRow(
            String teamId,
            long commitmentId,
            String actorId,
            String kind,
            Instant at,
            String timing,
            Instant oldDueAt,
            String oldFirmness,
            Instant newDueAt,
            String newFirmness,
            String[] editedFields,
            Instant remindAt,
            String reason) {}

    @SqlQuery("SELECT kind FROM commitment_events WHERE team_id = :teamId AND commitment_id = :commitmentId"
            + " ORDER BY at, id")
    List<String> eventKinds(@Bind("teamId") String teamId, @Bind("commitmentId") long commitmentId);

    /**
     * An occurrence of a series and its first event, or nothing when the series' occurrence on that
     * day is recorded already (the unique key on series and day holds it to one).
     */
    @SqlQuery("""
            WITH created AS (
                INSERT INTO commitments (team_id, owner_id, what, direction, counterparty_user_id, counterparty_name,
                                         firmness, due_at, target_at, due_phrase, due_zone, status, channel_id,
                                         deadline_set_at, nudged_through, next_check_at, created_at, updated_at,
                                         series_id, occurrence_on)
                VALUES (:teamId, :ownerId, :what, :direction, :counterpartyUserId, :counterpartyName,
                        :firmness, :dueAt, :targetAt, :duePhrase, :dueZone, 'OPEN', :channelId,
                        :now, :now, :now, :now, :now, :seriesId, :occurrenceOn)
                ON CONFLICT (series_id, occurrence_on) DO NOTHING
                RETURNING *
            ), first_event AS (
                INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, timing, old_due_at,
                                               old_firmness, new_due_at, new_firmness, edited_fields, remind_at, reason)
                SELECT :event.teamId, id, :event.actorId, :event.kind, :event.at, :event.timing, :event.oldDueAt,
                       :event.oldFirmness, :event.newDueAt, :event.newFirmness, :event.editedFields, :event.remindAt,
                       :event.reason
                FROM created
            )
            SELECT * FROM created""")
    Optional<Commitment> insertOccurrence(
            @BindMethods NewCommitmentRow commitment,
            long seriesId,
            java.time.LocalDate occurrenceOn,
            Instant now,
            @BindMethods("event") EventRow firstEvent);

    /** Which series a commitment is an occurrence of, and its day. */
    record OccurrenceRow(long commitmentId, long seriesId, java.time.LocalDate occurrenceOn) {}

    @SqlQuery("""
            SELECT id AS commitment_id, series_id, occurrence_on FROM commitments
            WHERE team_id = :teamId AND id = ANY(:ids) AND series_id IS NOT NULL""")
    @RegisterConstructorMapper(OccurrenceRow.class)
    List<OccurrenceRow> occurrencesAmong(String teamId, long[] ids);

    /** A series. latest occurrence, open or not. */
    @SqlQuery("""
            SELECT * FROM commitments WHERE team_id = :teamId AND series_id = :seriesId
            ORDER BY occurrence_on DESC LIMIT 1""")
    Optional<Commitment> latestOccurrence(String teamId, long seriesId);
}
