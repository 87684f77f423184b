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

    /** A pending row claimed for sending: locked by the transaction that read it, then leased. */
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
     * The workspaces with a message due now: those a dispatcher may take to pace. A workspace that
     * is gone for good has its rows cancelled ({@link #cancelPending}) in the transaction that
     * marks it, and nothing is queued for it after that (the outbox asks first), so it never shows here.
     *
     * <p>A skip scan over the pending rows' team ids: a handful of index probes per workspace,
     * however many rows are waiting.
     */
    @SqlQuery("""
            WITH RECURSIVE pending_teams(team_id) AS (
                (SELECT team_id FROM outbox WHERE status = 'PENDING' ORDER BY team_id LIMIT 1)
                UNION ALL
                SELECT (SELECT later.team_id FROM outbox later
                        WHERE later.status = 'PENDING' AND later.team_id > pending_teams.team_id
                        ORDER BY later.team_id LIMIT 1)
                FROM pending_teams WHERE pending_teams.team_id IS NOT NULL)
            SELECT pending_teams.team_id FROM pending_teams
            WHERE pending_teams.team_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM outbox due
                          WHERE due.status = 'PENDING' AND due.team_id = pending_teams.team_id
                            AND due.next_attempt_at <= :now)""")
    List<String> workspacesWithDueMessages(Instant now);

    /**
     * Locks, for each of {@code teamIds}, up to its {@code most} rows that are due, not leased, and
     * first in line for their recipient. An earlier pending row holds its recipient back while it
     * waits out a back-off and while it is leased to a dispatcher sending it, so a recipient has at
     * most one message on its way. SKIP LOCKED lets another instance's claim pass over these rows
     * instead of queueing behind them; the caller leases what it keeps and commits at once.
     */
    @SqlQuery("""
            SELECT o.id, o.team_id, o.dedupe_key, o.recipient, o.commitment_id, o.method, o.channel,
                   o.text, o.blocks, o.thread_ts, o.message_ts, o.attempts, o.created_at,
                   o.confirmation, o.fell_back
            FROM unnest(CAST(:teamIds AS TEXT[]), CAST(:most AS INTEGER[])) AS held(team_id, most)
            CROSS JOIN LATERAL (
                SELECT candidate.id, candidate.team_id, candidate.dedupe_key, candidate.recipient,
                       candidate.commitment_id, candidate.method, candidate.channel, candidate.text,
                       candidate.blocks::TEXT AS blocks, candidate.thread_ts, candidate.message_ts,
                       candidate.attempts, candidate.created_at,
                       candidate.confirmation::TEXT AS confirmation, candidate.fell_back,
                       candidate.next_attempt_at
                FROM outbox candidate
                WHERE candidate.team_id = held.team_id
                  AND candidate.status = 'PENDING'
                  AND candidate.next_attempt_at <= :now
                  AND (candidate.lease_until IS NULL OR candidate.lease_until <= :leaseNow)
                  -- One index probe per candidate: as NOT EXISTS the planner may join each candidate
                  -- against all of its workspace's pending rows, slow behind a deep backlog.
                  AND candidate.id = (SELECT min(head.id) FROM outbox head
                                      WHERE head.status = 'PENDING'
                                        AND head.team_id = candidate.team_id
                                        AND head.recipient = candidate.recipient)
                ORDER BY candidate.next_attempt_at, candidate.id
                LIMIT held.most
                FOR UPDATE OF candidate SKIP LOCKED) o
            ORDER BY o.next_attempt_at, o.id""")
    List<Claimed> claimDue(String[] teamIds, Integer[] most, Instant now, Instant leaseNow);

    /**
     * For the rest of the caller's transaction, walk a workspace's rows in due order and stop at
     * {@code most}: a recipient's first row comes early in that order, and the planner, unable to
     * tell, would otherwise read and sort every pending row of the workspace.
     */
    @SqlUpdate("SET LOCAL enable_sort = off")
    void walkInDueOrder();

    @SqlUpdate("UPDATE outbox SET lease_owner = :owner, lease_until = :until WHERE id = ANY(:ids)")
    void lease(long[] ids, String owner, Instant until);

    /** Leased rows handed back unsent (a stopping instance): at once free for any dispatcher. */
    @SqlUpdate("""
            UPDATE outbox SET lease_owner = NULL, lease_until = NULL
            WHERE id = ANY(:ids) AND lease_owner = :owner AND status = 'PENDING'""")
    int giveBack(long[] ids, String owner);

    /**
     * {@code note} says how it went when that's worth knowing (sent as plain text); else null. False
     * when the lease is no longer {@code owner}'s (it ran out and another dispatcher took the row, or
     * the row was cancelled): its outcome is then another's to record.
     */
    @SqlUpdate("""
            UPDATE outbox SET status = 'SENT', attempts = :attempts, sent_at = :now,
                              result_channel = :sent.channel, result_ts = :sent.ts, last_error = :note,
                              lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND lease_owner = :owner AND status = 'PENDING'""")
    boolean markSent(
            long id, String owner, int attempts, Instant now, @BindMethods("sent") SentMessage sent, String note);

    /**
     * Many rows SENT at once, each as {@link #markSent} would: the ids of those whose lease was still
     * {@code owner}'s, so written. The arrays run in step, one entry per row.
     */
    @SqlQuery("""
            UPDATE outbox SET status = 'SENT', attempts = sent.attempts, sent_at = :now,
                              result_channel = sent.channel, result_ts = sent.ts, last_error = sent.note,
                              lease_owner = NULL, lease_until = NULL
            FROM unnest(CAST(:ids AS BIGINT[]), CAST(:attempts AS INTEGER[]), CAST(:channels AS TEXT[]),
                        CAST(:tss AS TEXT[]), CAST(:notes AS TEXT[])) AS sent(id, attempts, channel, ts, note)
            WHERE outbox.id = sent.id AND outbox.lease_owner = :owner AND outbox.status = 'PENDING'
            RETURNING outbox.id""")
    Set<Long> markAllSent(
            long[] ids, Integer[] attempts, String[] channels, String[] tss, String[] notes, String owner, Instant now);

    /** Rewrites a row as its plain-text fallback, once: Slack refused its blocks. */
    default void fallBack(long id, String owner, OutboxMessage fallback) {
        fellBack(id, owner, MessageRow.of(fallback, null));
    }

    @SqlUpdate("""
            UPDATE outbox SET text = :fallback.text, blocks = CAST(:fallback.blocks AS JSONB), fell_back = TRUE,
                              confirmation = CAST(:fallback.confirmation AS JSONB)
            WHERE id = :id AND lease_owner = :owner AND status = 'PENDING'""")
    void fellBack(long id, String owner, @BindMethods("fallback") MessageRow fallback);

    @SqlUpdate("""
            UPDATE outbox SET attempts = :attempts, next_attempt_at = :nextAttemptAt, last_error = :error,
                              lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND lease_owner = :owner AND status = 'PENDING'""")
    boolean retryAt(long id, String owner, int attempts, Instant nextAttemptAt, String error);

    @SqlUpdate("""
            UPDATE outbox SET status = 'FAILED', attempts = :attempts, last_error = :error,
                              lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND lease_owner = :owner AND status = 'PENDING'""")
    boolean markFailed(long id, String owner, int attempts, String error);

    /** Every PENDING row of {@code teamId}, leased ones too, CANCELLED with {@code reason}. */
    @SqlUpdate("""
            UPDATE outbox SET status = 'CANCELLED', last_error = :reason, lease_owner = NULL, lease_until = NULL
            WHERE team_id = :teamId AND status = 'PENDING'""")
    int cancelPending(String teamId, String reason);

    /** Whether a message with this key was ever enqueued, whatever became of it. */
    @SqlQuery("SELECT EXISTS (SELECT 1 FROM outbox WHERE team_id = :teamId AND dedupe_key = :dedupeKey)")
    boolean has(String teamId, String dedupeKey);

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
        counts.put("CANCELLED", 0L);
        counts.putAll(countsOfStatusesPresent());
        return counts;
    }

    /** When the oldest message still waiting to be sent was queued; nothing when none waits. */
    @SqlQuery("SELECT min(created_at) FROM outbox WHERE status = 'PENDING'")
    Optional<Instant> oldestPendingSince();

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
