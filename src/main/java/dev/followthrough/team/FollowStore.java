package dev.followthrough.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which channels each user follows on App Home, and which they unfollowed. */
@RegisterConstructorMapper(FollowStore.Follow.class)
interface FollowStore {

    /** A user's choice about one channel: following it, or having unfollowed it. */
    record Follow(String channelId, boolean following) {}

    /** At most {@code batchSize} of a forgotten workspace's follows. */
    @SqlUpdate("""
            DELETE FROM channel_follows WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM channel_follows WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    /** Follows or unfollows; the latest choice stands. */
    @SqlUpdate("""
            INSERT INTO channel_follows (team_id, user_id, channel_id, following, changed_at)
            VALUES (:teamId, :userId, :channelId, :following, :at)
            ON CONFLICT (team_id, user_id, channel_id) DO UPDATE
            SET following = excluded.following, changed_at = excluded.changed_at""")
    void choose(String teamId, String userId, String channelId, boolean following, Instant at);

    /** Every choice the user made, the channels followed first, each in the order chosen. */
    @SqlQuery("""
            SELECT channel_id, following FROM channel_follows
            WHERE team_id = :teamId AND user_id = :userId
            ORDER BY following DESC, changed_at, channel_id
            LIMIT :limit""")
    List<Follow> of(String teamId, String userId, int limit);

    @SqlQuery("""
            SELECT channel_id, following FROM channel_follows
            WHERE team_id = :teamId AND user_id = :userId AND channel_id = :channelId""")
    Optional<Follow> find(String teamId, String userId, String channelId);
}
