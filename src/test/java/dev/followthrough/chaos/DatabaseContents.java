package dev.followthrough.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the service's database holds, read over JDBC from the embedded server it runs (the run's
 * own connection, not the service's code).
 */
record DatabaseContents(List<CommitmentRow> commitments, List<OutboxRow> outbox) {

    record CommitmentRow(
            long id,
            String what,
            String direction,
            String firmness,
            Optional<Instant> due,
            Instant deadlineSetAt,
            int deadlineVersion,
            Optional<String> channelId,
            String status) {}

    record OutboxRow(
            long id,
            String dedupeKey,
            String method,
            String channel,
            String text,
            String status,
            Optional<Long> commitmentId) {

        /** The kind of message: its key up to the first colon ("nudge", "channel-due", "digest"). */
        String kind() {
            var colon = dedupeKey.indexOf(':');
            return colon < 0 ? dedupeKey : dedupeKey.substring(0, colon);
        }
    }

    /** Whether every check that has come due was handled and every message due was sent, as of when. */
    record Drained(Instant at, long pendingMessages, long checksDue) {

        boolean done() {
            return pendingMessages == 0 && checksDue == 0;
        }
    }

    static DatabaseContents read(Postmaster postmaster) throws SQLException {
        try (var connection = connect(postmaster)) {
            connection.setAutoCommit(false);
            var commitments = new ArrayList<CommitmentRow>();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("""
                            SELECT id, what, direction, firmness, due_at, deadline_set_at, deadline_version,
                                   channel_id, status
                            FROM commitments ORDER BY id""")) {
                while (rows.next()) {
                    commitments.add(new CommitmentRow(
                            rows.getLong("id"),
                            rows.getString("what"),
                            rows.getString("direction"),
                            rows.getString("firmness"),
                            instant(rows, "due_at"),
                            instant(rows, "deadline_set_at").orElseThrow(),
                            rows.getInt("deadline_version"),
                            Optional.ofNullable(rows.getString("channel_id")),
                            rows.getString("status")));
                }
            }
            var outbox = new ArrayList<OutboxRow>();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("""
                            SELECT id, dedupe_key, method, channel, text, status, commitment_id
                            FROM outbox ORDER BY id""")) {
                while (rows.next()) {
                    outbox.add(new OutboxRow(
                            rows.getLong("id"),
                            rows.getString("dedupe_key"),
                            rows.getString("method"),
                            rows.getString("channel"),
                            rows.getString("text"),
                            rows.getString("status"),
                            Optional.ofNullable(rows.getObject("commitment_id", Long.class))));
                }
            }
            connection.commit();
            return new DatabaseContents(List.copyOf(commitments), List.copyOf(outbox));
        }
    }

    static Drained drained(Postmaster postmaster) throws SQLException {
        try (var connection = connect(postmaster);
                var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        SELECT now() AS at,
                               (SELECT count(*) FROM outbox WHERE status = 'PENDING') AS pending,
                               (SELECT count(*) FROM commitments WHERE next_check_at <= now()) AS due""")) {
            rows.next();
            return new Drained(instant(rows, "at").orElseThrow(), rows.getLong("pending"), rows.getLong("due"));
        }
    }

    private static Connection connect(Postmaster postmaster) throws SQLException {
        return DriverManager.getConnection(postmaster.jdbcUrl());
    }

    private static Optional<Instant> instant(ResultSet rows, String column) throws SQLException {
        return Optional.ofNullable(rows.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
