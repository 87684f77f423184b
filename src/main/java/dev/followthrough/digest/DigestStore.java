package dev.followthrough.digest;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import dev.followthrough.commitment.CommitmentHistory;
import dev.followthrough.ledger.CommitmentEventColumns;
import dev.followthrough.ledger.CommitmentMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The digest's statements; each runs in the caller's handle (and transaction). */
final class DigestStore {

    private static final String RECIPIENT_COLUMNS =
            "team_id, user_id, time_zone, locale, digest_day, digest_time, digest_when_empty, digest_last_week, created_at";

    private final CommitmentMapper commitments = new CommitmentMapper();

    /**
     * Locks the users whose digest check has come (or was never planned), earliest first; rows
     * another instance's sweep holds are skipped, not waited for.
     */
    List<Recipient> claimDue(Handle handle, Instant now, int limit) {
        return handle.createQuery("SELECT " + RECIPIENT_COLUMNS + """
                         FROM users
                        WHERE time_zone IS NOT NULL AND (digest_check_at IS NULL OR digest_check_at <= :now)
                        ORDER BY digest_check_at NULLS FIRST, team_id, user_id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""")
                .bind("now", now)
                .bind("limit", limit)
                .map((row, context) -> recipient(row))
                .list();
    }

    Optional<Recipient> find(Handle handle, String teamId, String userId) {
        return handle.createQuery("SELECT " + RECIPIENT_COLUMNS
                        + " FROM users WHERE team_id = :teamId AND user_id = :userId AND time_zone IS NOT NULL")
                .bind("teamId", teamId)
                .bind("userId", userId)
                .map((row, context) -> recipient(row))
                .findOne();
    }

    /** Every recipient, in pages: for tools that compose everyone's digest (the benchmark). */
    List<Recipient> page(Handle handle, Optional<Recipient.Owner> after, int limit) {
        return handle.createQuery("SELECT " + RECIPIENT_COLUMNS + """
                         FROM users
                        WHERE time_zone IS NOT NULL AND (team_id, user_id) > (:teamId, :userId)
                        ORDER BY team_id, user_id
                        LIMIT :limit""")
                .bind("teamId", after.map(Recipient.Owner::teamId).orElse(""))
                .bind("userId", after.map(Recipient.Owner::userId).orElse(""))
                .bind("limit", limit)
                .map((row, context) -> recipient(row))
                .list();
    }

    /** When to look at each user next, and the week of the digest they last got (null: unchanged). */
    void planned(Handle handle, Collection<Planned> plans) {
        var batch = handle.prepareBatch("""
                UPDATE users SET digest_check_at = :checkAt, digest_last_week = COALESCE(:week, digest_last_week)
                WHERE team_id = :teamId AND user_id = :userId""");
        for (var plan : plans) {
            batch.bind("teamId", plan.owner().teamId())
                    .bind("userId", plan.owner().userId())
                    .bind("checkAt", plan.checkAt())
                    .bind("week", plan.week().orElse(null))
                    .add();
        }
        if (!plans.isEmpty()) {
            batch.execute();
        }
    }

    record Planned(Recipient.Owner owner, Instant checkAt, Optional<String> week) {}

    /**
     * The commitments of a batch of owners, with their events, in one query: those still open, and
     * those closed or due since {@code since} (older ones can't change a recent week's score or a
     * relationship that went quiet lately). Undone ones never count, so they are left out.
     */
    Map<Recipient.Owner, List<CommitmentHistory>> histories(
            Handle handle, Collection<Recipient.Owner> owners, Instant since) {
        var teamIds = owners.stream().map(Recipient.Owner::teamId).toArray(String[]::new);
        var userIds = owners.stream().map(Recipient.Owner::userId).toArray(String[]::new);
        return handle.createQuery("SELECT c.*, " + CommitmentEventColumns.select("e") + " " + """
                        FROM unnest(:teamIds, :userIds) AS owner (team_id, user_id)
                        JOIN commitments c ON c.team_id = owner.team_id AND c.owner_id = owner.user_id
                        LEFT JOIN commitment_events e ON e.commitment_id = c.id
                        WHERE c.status <> 'UNDONE'
                          AND (c.status IN ('OPEN', 'MISSED') OR c.closed_at >= :since OR c.due_at >= :since)
                        ORDER BY c.id, e.at, e.id""")
                .bind("teamIds", teamIds)
                .bind("userIds", userIds)
                .bind("since", since)
                .scanResultSet((rows, context) -> {
                    var byOwner = new HashMap<Recipient.Owner, List<CommitmentHistory>>();
                    var resultSet = rows.get();
                    var events = new ArrayList<CommitmentEvent>();
                    Commitment current = null;
                    while (resultSet.next()) {
                        var id = resultSet.getLong("id");
                        if (current == null || current.id() != id) {
                            add(byOwner, current, events);
                            current = commitments.map(resultSet, context);
                            events = new ArrayList<>();
                        }
                        CommitmentEventColumns.read(resultSet).ifPresent(events::add);
                    }
                    add(byOwner, current, events);
                    return byOwner;
                });
    }

    private static void add(
            Map<Recipient.Owner, List<CommitmentHistory>> byOwner,
            Commitment commitment,
            List<CommitmentEvent> events) {
        if (commitment != null) {
            byOwner.computeIfAbsent(
                            new Recipient.Owner(commitment.teamId(), commitment.ownerId()), owner -> new ArrayList<>())
                    .add(new CommitmentHistory(commitment, events));
        }
    }

    private static Recipient recipient(ResultSet row) throws SQLException {
        var locale = row.getString("locale");
        return new Recipient(
                row.getString("team_id"),
                row.getString("user_id"),
                ZoneId.of(row.getString("time_zone")),
                locale == null ? Locale.US : Locale.forLanguageTag(locale),
                new DigestSettings(
                        DayOfWeek.valueOf(row.getString("digest_day")),
                        row.getTime("digest_time").toLocalTime(),
                        row.getBoolean("digest_when_empty")),
                Optional.ofNullable(row.getString("digest_last_week")),
                row.getTimestamp("created_at").toInstant());
    }
}
