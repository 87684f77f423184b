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
import org.jdbi.v3.core.Handle;

/** The outbox table's statements; each runs in the caller's transaction. */
final class OutboxStore {

    /** A pending row claimed (locked) for sending by the transaction that read it. */
    record Claimed(long id, OutboxMessage message, int attempts, Instant createdAt, boolean fellBack) {}

    /** Inserts many in one JDBC batch, in order (ids follow the list); keys already present are skipped. */
    void insertAll(Handle handle, List<OutboxMessage> messages, Instant now) {
        if (messages.isEmpty()) {
            return;
        }
        var batch = handle.prepareBatch(INSERT);
        for (var message : messages) {
            batch.bind("teamId", message.teamId())
                    .bind("dedupeKey", message.dedupeKey())
                    .bind("recipient", message.recipient())
                    .bind("commitmentId", message.commitmentId().orElse(null))
                    .bind("method", message.method().slackName())
                    .bind("channel", message.channel())
                    .bind("text", message.text())
                    .bind("blocks", message.blocksJson().orElse(null))
                    .bind("threadTs", message.threadTs().orElse(null))
                    .bind("messageTs", message.messageTs().orElse(null))
                    .bind("confirmation", confirmation(message))
                    .bind("now", now)
                    .add();
        }
        batch.execute();
    }

    private static final String INSERT = """
            INSERT INTO outbox (team_id, dedupe_key, recipient, commitment_id, method, channel, text,
                                blocks, thread_ts, message_ts, confirmation, next_attempt_at, created_at)
            VALUES (:teamId, :dedupeKey, :recipient, :commitmentId, :method, :channel, :text,
                    CAST(:blocks AS JSONB), :threadTs, :messageTs, CAST(:confirmation AS JSONB), :now, :now)
            ON CONFLICT (team_id, dedupe_key) DO NOTHING""";

    private static String confirmation(OutboxMessage message) {
        return message.confirmation().map(ConfirmationJson::of).orElse(null);
    }

    boolean insert(Handle handle, OutboxMessage message, Instant now) {
        return handle.createUpdate(INSERT)
                        .bind("teamId", message.teamId())
                        .bind("dedupeKey", message.dedupeKey())
                        .bind("recipient", message.recipient())
                        .bind("commitmentId", message.commitmentId().orElse(null))
                        .bind("method", message.method().slackName())
                        .bind("channel", message.channel())
                        .bind("text", message.text())
                        .bind("blocks", message.blocksJson().orElse(null))
                        .bind("threadTs", message.threadTs().orElse(null))
                        .bind("messageTs", message.messageTs().orElse(null))
                        .bind("confirmation", confirmation(message))
                        .bind("now", now)
                        .execute()
                == 1;
    }

    /**
     * Locks the next row that is due and first in line for its recipient. An earlier pending row
     * holds its recipient back even while it waits out a back-off, or while another dispatcher is
     * sending it (its row still reads PENDING until that commits). SKIP LOCKED lets dispatchers on
     * other instances take other rows instead of queueing behind this one.
     */
    Optional<Claimed> claimNextDue(Handle handle, Instant now) {
        return handle.createQuery("""
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
                .bind("now", now)
                .map((rows, context) -> claimed(rows))
                .findOne();
    }

    /** {@code note} says how it went when that's worth knowing (sent as plain text); else null. */
    void markSent(Handle handle, long id, int attempts, Instant now, SentMessage sent, String note) {
        handle.createUpdate("""
                        UPDATE outbox SET status = 'SENT', attempts = :attempts, sent_at = :now,
                                          result_channel = :channel, result_ts = :ts, last_error = :note
                        WHERE id = :id""")
                .bind("id", id)
                .bind("note", note)
                .bind("attempts", attempts)
                .bind("now", now)
                .bind("channel", sent.channel())
                .bind("ts", sent.ts())
                .execute();
    }

    /** Rewrites a row as its plain-text fallback, once: Slack refused its blocks. */
    void fallBack(Handle handle, long id, OutboxMessage fallback) {
        handle.createUpdate("""
                        UPDATE outbox SET text = :text, blocks = CAST(:blocks AS JSONB), fell_back = TRUE,
                                          confirmation = CAST(:confirmation AS JSONB)
                        WHERE id = :id""")
                .bind("id", id)
                .bind("text", fallback.text())
                .bind("blocks", fallback.blocksJson().orElse(null))
                .bind("confirmation", confirmation(fallback))
                .execute();
    }

    void retryAt(Handle handle, long id, int attempts, Instant nextAttemptAt, String error) {
        handle.createUpdate("""
                        UPDATE outbox SET attempts = :attempts, next_attempt_at = :nextAttemptAt, last_error = :error
                        WHERE id = :id""")
                .bind("id", id)
                .bind("attempts", attempts)
                .bind("nextAttemptAt", nextAttemptAt)
                .bind("error", error)
                .execute();
    }

    void markFailed(Handle handle, long id, int attempts, String error) {
        handle.createUpdate(
                        "UPDATE outbox SET status = 'FAILED', attempts = :attempts, last_error = :error WHERE id = :id")
                .bind("id", id)
                .bind("attempts", attempts)
                .bind("error", error)
                .execute();
    }

    Optional<SentMessage> sent(Handle handle, String teamId, String dedupeKey) {
        return handle.createQuery("""
                        SELECT result_channel, result_ts FROM outbox
                        WHERE team_id = :teamId AND dedupe_key = :dedupeKey AND status = 'SENT'""")
                .bind("teamId", teamId)
                .bind("dedupeKey", dedupeKey)
                .map((rows, context) -> new SentMessage(rows.getString("result_channel"), rows.getString("result_ts")))
                .findOne();
    }

    Optional<SentMessage> firstPost(Handle handle, String teamId, long commitmentId, String recipient) {
        return handle.createQuery("""
                        SELECT result_channel, result_ts FROM outbox
                        WHERE team_id = :teamId AND commitment_id = :commitmentId AND recipient = :recipient
                          AND method = 'chat.postMessage' AND thread_ts IS NULL AND status = 'SENT'
                        ORDER BY id LIMIT 1""")
                .bind("teamId", teamId)
                .bind("commitmentId", commitmentId)
                .bind("recipient", recipient)
                .map((rows, context) -> new SentMessage(rows.getString("result_channel"), rows.getString("result_ts")))
                .findOne();
    }

    boolean refused(Handle handle, String teamId, String recipient, Set<String> errors) {
        return handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM outbox
                                       WHERE team_id = :teamId AND recipient = :recipient AND status = 'FAILED'
                                         AND last_error = ANY(:errors))""")
                .bind("teamId", teamId)
                .bind("recipient", recipient)
                .bind("errors", errors.toArray(String[]::new))
                .mapTo(Boolean.class)
                .one();
    }

    Map<String, Long> countsByStatus(Handle handle) {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("PENDING", 0L);
        counts.put("SENT", 0L);
        counts.put("FAILED", 0L);
        handle.createQuery("SELECT status, count(*) AS rows FROM outbox GROUP BY status")
                .map((rows, context) -> Map.entry(rows.getString("status"), rows.getLong("rows")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private static Claimed claimed(ResultSet rows) throws SQLException {
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
