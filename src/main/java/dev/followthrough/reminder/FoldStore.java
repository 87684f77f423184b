package dev.followthrough.reminder;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The folded reminders' tables: each message's parts as they now stand. Attach to the caller's handle. */
@RegisterConstructorMapper(FoldStore.PartRow.class)
interface FoldStore {

    /** At most {@code batchSize} of a forgotten workspace's folded messages and of their parts each. */
    default int forgetSome(String teamId, int batchSize) {
        return forgetSomeParts(teamId, batchSize) + forgetSomeFolds(teamId, batchSize);
    }

    /** Part of {@link #forgetSome}. */
    @SqlUpdate("""
            DELETE FROM reminder_fold_parts WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM reminder_fold_parts WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSomeParts(String teamId, int batchSize);

    /** Part of {@link #forgetSome}. */
    @SqlUpdate("""
            DELETE FROM reminder_folds WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM reminder_folds WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSomeFolds(String teamId, int batchSize);

    /** One part of a folded message: a promise's blocks, or (no commitment) the heading or the tail. */
    record PartRow(String teamId, String foldKey, int position, Long commitmentId, String blocks) {}

    /** A folded message, sent at {@code now}. */
    record FoldRow(String teamId, String foldKey, String text, Instant now) {}

    /**
     * One count per fold, in order: 0 for one already recorded (a sweep retried after the outbox row
     * was written), whose parts are then left as they stand.
     */
    @SqlBatch("""
            INSERT INTO reminder_folds (team_id, fold_key, text, created_at)
            VALUES (:teamId, :foldKey, :text, :now)
            ON CONFLICT (team_id, fold_key) DO NOTHING""")
    int[] insertFolds(@BindMethods List<FoldRow> folds);

    @SqlBatch("""
            INSERT INTO reminder_fold_parts (team_id, fold_key, position, commitment_id, blocks)
            VALUES (:teamId, :foldKey, :position, :commitmentId, CAST(:blocks AS JSONB))""")
    void insertParts(@BindMethods List<PartRow> parts);

    /** The folds a commitment was part of, newest first: the pressed message is one of these. */
    @SqlQuery("""
            SELECT p.fold_key FROM reminder_fold_parts p
            JOIN reminder_folds f ON f.team_id = p.team_id AND f.fold_key = p.fold_key
            WHERE p.team_id = :teamId AND p.commitment_id = :commitmentId
            ORDER BY f.created_at DESC
            LIMIT :limit""")
    List<String> foldsOf(String teamId, long commitmentId, int limit);

    @SqlQuery("SELECT text FROM reminder_folds WHERE team_id = :teamId AND fold_key = :foldKey")
    String text(String teamId, String foldKey);

    /**
     * The fold's parts in order, locked until the transaction ends: two presses on one message
     * settle one after the other, the second building on what the first wrote.
     */
    @SqlQuery("""
            SELECT team_id, fold_key, position, commitment_id, blocks::TEXT AS blocks FROM reminder_fold_parts
            WHERE team_id = :teamId AND fold_key = :foldKey
            ORDER BY position
            FOR UPDATE""")
    List<PartRow> lockParts(String teamId, String foldKey);

    @SqlUpdate("""
            UPDATE reminder_fold_parts SET blocks = CAST(:blocks AS JSONB)
            WHERE team_id = :teamId AND fold_key = :foldKey AND position = :position""")
    void replacePart(String teamId, String foldKey, int position, String blocks);
}
