package dev.followthrough.calendar;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Each user's calendar feed token, in the users table: a user Followthrough hasn't met yet gets a row. */
interface FeedTokenStore {

    @SqlQuery("SELECT calendar_feed_token FROM users WHERE team_id = :teamId AND user_id = :userId")
    Optional<String> find(String teamId, String userId);

    /** The user's token, {@code fresh} if they had none. */
    @SqlQuery("""
            INSERT INTO users (team_id, user_id, calendar_feed_token) VALUES (:teamId, :userId, :fresh)
            ON CONFLICT (team_id, user_id) DO UPDATE
            SET calendar_feed_token = COALESCE(users.calendar_feed_token, excluded.calendar_feed_token)
            RETURNING calendar_feed_token""")
    String ensure(String teamId, String userId, String fresh);

    @SqlQuery("""
            INSERT INTO users (team_id, user_id, calendar_feed_token) VALUES (:teamId, :userId, :fresh)
            ON CONFLICT (team_id, user_id) DO UPDATE
            SET calendar_feed_token = excluded.calendar_feed_token, updated_at = now()
            RETURNING calendar_feed_token""")
    String replace(String teamId, String userId, String fresh);
}
