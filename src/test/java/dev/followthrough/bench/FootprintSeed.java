package dev.followthrough.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A year of use by many teams, written with {@code generate_series} on the migrated schema: users
 * spread over {@code teams} workspaces, {@code commitments} commitments among them (30 % open, the
 * rest kept, missed, cancelled or undone), each with its history, the nudges that were sent, App
 * Homes people opened and a day of processed requests. Before a minute of traffic, {@link #comeDue}
 * brings some open commitments' one-hour nudges into that minute, so the due sweep and the
 * dispatcher have work.
 */
final class FootprintSeed {

    static final String FIRST_TEAM = "T0001";

    private final int commitments;
    private final int teams;
    private final int usersPerTeam;

    FootprintSeed(int commitments, int teams, int usersPerTeam) {
        this.commitments = commitments;
        this.teams = teams;
        this.usersPerTeam = usersPerTeam;
    }

    static String team(int number) {
        return String.format("T%04d", number + 1);
    }

    static String user(int number) {
        return String.format("U%07d", number);
    }

    int users() {
        return teams * usersPerTeam;
    }

    /** Rows written per table. */
    Map<String, Long> write(Connection connection) throws SQLException {
        var users = users();
        try (var statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = off");
            // Users: team number u / usersPerTeam, as team(...) spells it.
            statement.execute(String.format("""
                    INSERT INTO users (team_id, user_id, time_zone, locale, profile_fetched_at,
                                       digest_check_at, digest_last_week)
                    SELECT 'T' || lpad((u / %1$d + 1)::text, 4, '0'), 'U' || lpad(u::text, 7, '0'),
                           (ARRAY['America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo',
                                  'America/Los_Angeles'])[u %% 5 + 1],
                           CASE WHEN u %% 3 = 0 THEN 'en-GB' ELSE 'en-US' END,
                           now() - interval '1 hour',
                           now() + (u %% 10080) * interval '1 minute',
                           to_char(now() - interval '7 days', 'IYYY-"W"IW')
                      FROM generate_series(0, %2$d) AS u
                    """, usersPerTeam, users - 1));
            // Commitments: owner g % users; 30 % open, 50 % kept, 8 % missed, 10 % cancelled, 2 % undone.
            statement.execute(String.format("""
                    INSERT INTO commitments (team_id, owner_id, what, direction, counterparty_user_id,
                                             counterparty_name, firmness, due_at, target_at, due_phrase, due_zone,
                                             status, closed_at, channel_id, message_ts, next_check_at,
                                             created_at, updated_at, deadline_set_at, nudged_through)
                    SELECT 'T' || lpad((owner / %1$d + 1)::text, 4, '0'),
                           'U' || lpad(owner::text, 7, '0'),
                           'Send the revised proposal and the pricing sheet, part ' || g,
                           CASE WHEN g %% 4 = 0 THEN 'THEIRS' ELSE 'MINE' END,
                           CASE WHEN g %% 2 = 0
                                THEN 'U' || lpad(((owner / %1$d) * %1$d + (owner + 7) %% %1$d)::text, 7, '0') END,
                           CASE WHEN g %% 2 = 1 THEN 'Acme' END,
                           CASE WHEN soft THEN 'SOFT' ELSE 'HARD' END,
                           CASE WHEN soft THEN NULL ELSE due END,
                           CASE WHEN soft THEN due END,
                           CASE WHEN soft THEN 'next week' ELSE 'by Friday 2pm' END,
                           'America/New_York',
                           status,
                           CASE WHEN status <> 'OPEN' THEN due - interval '2 hours' END,
                           CASE WHEN g %% 3 = 0 THEN 'C' || lpad((owner / %1$d)::text, 8, '0') END,
                           CASE WHEN g %% 3 = 0 THEN '1700000000.' || lpad((g %% 1000000)::text, 6, '0') END,
                           CASE WHEN status = 'OPEN' AND NOT soft THEN check_at END,
                           made, made, made, made
                      FROM (
                        SELECT g, g %% %2$d AS owner, g %% 7 = 0 AS soft,
                               CASE WHEN g %% 100 < 30 THEN 'OPEN' WHEN g %% 100 < 80 THEN 'KEPT'
                                    WHEN g %% 100 < 88 THEN 'MISSED' WHEN g %% 100 < 98 THEN 'CANCELLED'
                                    ELSE 'UNDONE' END AS status,
                               now() + interval '1 day' + (g::bigint * 7919 %% 2592000) * interval '1 second'
                                   AS check_at,
                               now() - (g %% 365) * interval '1 day' AS made
                          FROM generate_series(1, %3$d) AS g
                      ) AS shaped
                      CROSS JOIN LATERAL (
                        SELECT CASE WHEN status = 'OPEN' THEN check_at + interval '1 hour'
                                    ELSE made + interval '3 days' END AS due
                      ) AS deadline
                    """, usersPerTeam, users, commitments));
            // History: every commitment was created; every closed one was closed.
            statement.execute("""
                    INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, new_due_at, new_firmness)
                    SELECT team_id, id, owner_id, 'CREATED', created_at, due_at, firmness FROM commitments
                    """);
            statement.execute("""
                    INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, timing)
                    SELECT team_id, id, CASE WHEN status = 'MISSED' THEN NULL ELSE owner_id END, status, closed_at,
                           CASE WHEN status IN ('KEPT', 'CANCELLED') THEN 'BY_THE_DEADLINE' END
                      FROM commitments WHERE status <> 'OPEN'
                    """);
            // One in five was snoozed once along the way.
            statement.execute("""
                    INSERT INTO commitment_events (team_id, commitment_id, actor_id, kind, at, remind_at)
                    SELECT team_id, id, owner_id, 'SNOOZED', created_at + interval '1 day', created_at + interval '2 days'
                      FROM commitments WHERE id % 5 = 0
                    """);
            // The nudges that went out: one a hard commitment, sent.
            statement.execute("""
                    INSERT INTO outbox (team_id, dedupe_key, recipient, commitment_id, method, channel, text, blocks,
                                        status, attempts, next_attempt_at, sent_at, result_channel, result_ts, created_at)
                    SELECT team_id, 'nudge:' || id || ':v1:1440', owner_id, id, 'chat.postMessage', owner_id,
                           'Due tomorrow: ' || what,
                           jsonb_build_array(jsonb_build_object('type', 'section', 'text',
                               jsonb_build_object('type', 'mrkdwn', 'text', 'Due tomorrow: ' || what))),
                           'SENT', 1, created_at + interval '2 days', created_at + interval '2 days',
                           'D' || substr(owner_id, 2), '1700000000.' || lpad((id % 1000000)::text, 6, '0'),
                           created_at + interval '2 days'
                      FROM commitments WHERE firmness = 'HARD' AND status <> 'OPEN'
                    """);
            statement.execute("""
                    INSERT INTO home_views (team_id, user_id, hash, dirty, version, published_at)
                    SELECT team_id, user_id, 'hash-' || user_id, false, 3, now() - interval '1 day'
                      FROM users WHERE right(user_id, 1) IN ('0', '3', '6')
                    """);
            statement.execute("""
                    INSERT INTO processed_requests (team_id, request_key, response, created_at)
                    SELECT 'T0001', 'trigger:' || r, '{"response_type":"ephemeral","text":"Saved."}',
                           now() - (r % 86400) * interval '1 second'
                      FROM generate_series(1, 20000) AS r
                    """);
            statement.execute("VACUUM ANALYZE");
            statement.execute("CHECKPOINT");
        }
        var counts = new LinkedHashMap<String, Long>();
        for (var table : new String[] {"users", "commitments", "commitment_events", "outbox", "home_views"}) {
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
                result.next();
                counts.put(table, result.getLong(1));
            }
        }
        return counts;
    }

    /** Whether the database already holds at least this seed's commitments. */
    boolean alreadyIn(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) >= " + commitments + " FROM commitments")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /**
     * Gives one open hard commitment in {@code oneIn} a deadline an hour and a minute or less
     * away, its 24-hour nudge behind it: over the next minute the due sweep sends their one-hour
     * nudges. A different {@code slice} picks different commitments, so every run has its own.
     */
    int comeDue(Connection connection, int oneIn, int slice) throws SQLException {
        try (var statement = connection.prepareStatement("""
                UPDATE commitments
                   SET due_at = soon.at + interval '1 hour', next_check_at = soon.at,
                       deadline_set_at = now() - interval '2 days', nudged_through = soon.at - interval '23 hours',
                       deadline_version = deadline_version + 1
                  FROM (SELECT id AS chosen, now() + interval '5 seconds' + random() * interval '55 seconds' AS at
                          FROM commitments WHERE status = 'OPEN' AND firmness = 'HARD' AND id % ? = ?) AS soon
                 WHERE commitments.id = soon.chosen
                """)) {
            statement.setInt(1, oneIn);
            statement.setInt(2, slice);
            return statement.executeUpdate();
        }
    }
}
