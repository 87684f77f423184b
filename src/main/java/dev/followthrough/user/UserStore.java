package dev.followthrough.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(UserProfileMapper.class)
public interface UserStore {

    @SqlQuery("SELECT * FROM users WHERE team_id = :teamId AND user_id = :userId AND time_zone IS NOT NULL")
    Optional<UserProfile> find(String teamId, String userId);

    /** Several users at once: one query for a whole batch of commitments' owners. */
    @SqlQuery("""
            SELECT * FROM users
            WHERE team_id = :teamId AND user_id = ANY(:userIds) AND time_zone IS NOT NULL""")
    List<UserProfile> findAll(String teamId, String[] userIds);

    /** Keeps the user's settings; only what Slack tells us is replaced. */
    @SqlUpdate("""
            INSERT INTO users (team_id, user_id, time_zone, locale, profile_fetched_at, created_at, updated_at)
            VALUES (:teamId, :userId, :timeZone, :locale, :fetchedAt, :fetchedAt, :fetchedAt)
            ON CONFLICT (team_id, user_id) DO UPDATE
            SET digest_check_at = CASE WHEN users.time_zone IS DISTINCT FROM excluded.time_zone THEN NULL
                                       ELSE users.digest_check_at END,
                time_zone = excluded.time_zone, locale = excluded.locale,
                profile_fetched_at = excluded.profile_fetched_at, updated_at = excluded.updated_at""")
    void saveFromSlack(String teamId, String userId, String timeZone, String locale, Instant fetchedAt);
}
