package dev.followthrough.platform.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The outbox table's statements. Attach to the caller's handle: each runs in its transaction. */
@RegisterRowMapper(OutboxStore.ClaimedMapper.class)
@RegisterConstructorMapper(SentMessage.class)
interface OutboxStore {

    /** At most {@code batchSize} of a forgotten workspace's messages, whatever became of them. */
    @SqlUpdate("""
            DELETE FROM outbox WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM outbox WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    /** A pending row claimed (locked) for sending by the transaction that read it. */
    record Claimed(long id, OutboxMessage message, int attempts, Instant createdAt, boolean fellBack) {}

    String INSERT = """
            INSERT INTO outbox (team_id, dedupe_key, recipient, commitment_id, method, channel, text,
                                blocks, thread_ts, message_ts, confirmation, next_attempt_at, created_at)
            VALUES (:teamId, :dedupeKey, :recipient, :commitmentId, :method, :channel, :text,
                    CAST(:blocks AS JSONB), :threadTs, :messageTs, CAST(:confirmation AS JSONB), :now, :now)
            ON CONFLICT (team_id, dedupe_key) DO NOTHING""";

    /** A message as its row, queued at {@code now}. */
    record MessageRow(
            String teamId,
            String dedupeKey,
            String recipient,
            Long commitmentId,
            String method,
            String channel,
            String text,
            String blocks,
            String threadTs,
            String messageTs,
            String confirmation,
            Instant now) {

        static MessageRow of(OutboxMessage message, Instant now) {
            return new MessageRow(
                    message.teamId(),
                    message.dedupeKey(),
                    message.recipient(),
                    message.commitmentId().orElse(null),
                    message.method().slackName(),
                    message.channel(),
                    message.text(),
                    message.blocksJson().orElse(null),
                    message.threadTs().orElse(null),
                    message.messageTs().orElse(null),
                    message.confirmation().map(ConfirmationJson::of).orElse(null),
                    now);
        }
    }

    /** False when a message with its key is already there: it is skipped. */
    default boolean insert(OutboxMessage message, Instant now) {
        return insert(MessageRow.of(message, now));
    }

    @SqlUpdate(INSERT)
    boolean insert(@BindMethods MessageRow message);

    /** Inserts many in one JDBC batch, in order (ids follow the list); keys already present are skipped. */
    default void insertAll(List<OutboxMessage> messages, Instant now) {
        if (!messages.isEmpty()) {
            insertAll(messages.stream()
                    .map(message -> MessageRow.of(message, now))
                    .toList());
        }
    }

    @SqlBatch(INSERT)
    void insertAll(@BindMethods List<MessageRow> messages);

    /**
     * Locks the next row that is due and first in line for its recipient. An earlier pending row
     * holds its recipient back even while it waits out a back-off, or while another dispatcher is
     * sending it (its row still reads PENDING until that commits). SKIP LOCKED lets dispatchers on
     * other instances take other rows instead of queueing behind this one.
     */
    @SqlQuery("""
            SELECT o.id, o.team_id, o.dedupe_key, o.recipient, o.commitment_id, o.method, o.channel,
                   o.text, o.blocks::TEXT AS blocks, o.thread_ts, o.message_ts, o.attempts, o.created_at,
                   o.confirmation::TEXT AS confirmation, o.fell_back
            FROM outbox o
            WHERE o.status = 'PENDING'
              AND o.next_attempt_at <= :now
              AND NOT EXISTS (SELECT 1 FROM outbox earlier
                              WHERE earlier.status = 'PENDING'
                                AND earlier.team_id = o.team_id
                                AND earlier.recipient = o.recipient
                                AND earlier.id < o.id)
            ORDER BY o.next_attempt_at, o.id
            LIMIT 1
            FOR UPDATE SKIP LOCKED""")
    Optional<Claimed> claimNextDue(Instant now);

    /** {@code note} says how it went when that's worth knowing (sent as plain text); else null. */
    @SqlUpdate("""
            UPDATE outbox SET status = 'SENT', attempts = :attempts, sent_at = :now,
                              result_channel = :sent.channel, result_ts = :sent.ts, last_error = :note
            WHERE id = :id""")
    void markSent(long id, int attempts, Instant now, @BindMethods("sent") SentMessage sent, String note);

    /** Rewrites a row as its plain-text fallback, once: Slack refused its blocks. */
    default void fallBack(long id, OutboxMessage fallback) {
        fellBack(id, MessageRow.of(fallback, null));
    }

    @SqlUpdate("""
            UPDATE outbox SET text = :fallback.text, blocks = CAST(:fallback.blocks AS JSONB), fell_back = TRUE,
                              confirmation = CAST(:fallback.confirmation AS JSONB)
            WHERE id = :id""")
    void fellBack(long id, @BindMethods("fallback") MessageRow fallback);

    @SqlUpdate("""
            UPDATE outbox SET attempts = :attempts, next_attempt_at = :nextAttemptAt, last_error = :error
            WHERE id = :id""")
    void retryAt(long id, int attempts, Instant nextAttemptAt, String error);

    @SqlUpdate("UPDATE outbox SET status = 'FAILED', attempts = :attempts, last_error = :error WHERE id = :id")
    void markFailed(long id, int attempts, String error);

    /** Every PENDING row of {@code teamId}, due now or later, CANCELLED with {@code reason}. */
    @SqlUpdate("""
            UPDATE outbox SET status = 'CANCELLED', last_error = :reason
            WHERE team_id = :teamId AND status = 'PENDING'""")
    int cancelPending(String teamId, String reason);

    @SqlQuery("""
            SELECT result_channel AS channel, result_ts AS ts FROM outbox
            WHERE team_id = :teamId AND dedupe_key = :dedupeKey AND status = 'SENT'""")
    Optional<SentMessage> sent(String teamId, String dedupeKey);

    @SqlQuery("""
            SELECT result_channel AS channel, result_ts AS ts FROM outbox
            WHERE team_id = :teamId AND commitment_id = :commitmentId AND recipient = :recipient
              AND method = 'chat.postMessage' AND thread_ts IS NULL AND status = 'SENT'
            ORDER BY id LIMIT 1""")
    Optional<SentMessage> firstPost(String teamId, long commitmentId, String recipient);

    default boolean refused(String teamId, String recipient, Set<String> errors) {
        return refused(teamId, recipient, errors.toArray(String[]::new));
    }

    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM outbox
                           WHERE team_id = :teamId AND recipient = :recipient AND status = 'FAILED'
                             AND last_error = ANY(:errors))""")
    boolean refused(String teamId, String recipient, String[] errors);

    /** Every status, those with no rows too. */
    default Map<String, Long> countsByStatus() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("PENDING", 0L);
        counts.put("SENT", 0L);
        counts.put("FAILED", 0L);
        counts.putAll(countsOfStatusesPresent());
        return counts;
    }

    @SqlQuery("SELECT status, count(*) AS rows FROM outbox GROUP BY status")
    @KeyColumn("status")
    @ValueColumn("rows")
    Map<String, Long> countsOfStatusesPresent();

    final class ClaimedMapper implements RowMapper<Claimed> {
        @Override
        public Claimed map(ResultSet rows, StatementContext context) throws SQLException {
            var message = new OutboxMessage(
                    rows.getString("team_id"),
                    rows.getString("dedupe_key"),
                    OutboxMessage.Method.fromSlackName(rows.getString("method")),
                    rows.getString("recipient"),
                    rows.getString("channel"),
                    rows.getString("text"),
                    Optional.ofNullable(rows.getString("blocks")),
                    Optional.ofNullable(rows.getString("thread_ts")),
                    Optional.ofNullable(rows.getString("message_ts")),
                    Optional.ofNullable(rows.getObject("commitment_id", Long.class)),
                    Optional.ofNullable(rows.getString("confirmation")).map(ConfirmationJson::parse));
            return new Claimed(
                    rows.getLong("id"),
                    message,
                    rows.getInt("attempts"),
                    rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rows.getBoolean("fell_back"));
        }
    }
}
