package dev.followthrough.calendar;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each user's calendar feed token; a user Followthrough hasn't met yet can have one too. */
interface FeedTokenStore {

    /** At most {@code batchSize} of a forgotten workspace's feed tokens: its feeds stop answering. */
    @SqlUpdate("""
            DELETE FROM calendar_feeds WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM calendar_feeds WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    @SqlQuery("SELECT token FROM calendar_feeds WHERE team_id = :teamId AND user_id = :userId")
    Optional<String> find(String teamId, String userId);

    /** The user's token, {@code fresh} if they had none. */
    @SqlQuery("""
            INSERT INTO calendar_feeds (team_id, user_id, token) VALUES (:teamId, :userId, :fresh)
            ON CONFLICT (team_id, user_id) DO UPDATE
            SET token = calendar_feeds.token
            RETURNING token""")
    String ensure(String teamId, String userId, String fresh);

    @SqlQuery("""
            INSERT INTO calendar_feeds (team_id, user_id, token) VALUES (:teamId, :userId, :fresh)
            ON CONFLICT (team_id, user_id) DO UPDATE
            SET token = excluded.token, updated_at = now()
            RETURNING token""")
    String replace(String teamId, String userId, String fresh);
}
