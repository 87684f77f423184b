package dev.followthrough.user;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(KnownName.class)
public interface NameStore {

    /** At most {@code batchSize} of a forgotten workspace's names. */
    @SqlUpdate("""
            DELETE FROM display_names WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM display_names WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    @SqlQuery("SELECT slack_id, name, fetched_at FROM display_names WHERE team_id = :teamId AND slack_id = :slackId")
    Optional<KnownName> find(String teamId, String slackId);

    @SqlUpdate("""
            INSERT INTO display_names (team_id, slack_id, name, fetched_at) VALUES (:teamId, :slackId, :name, :fetchedAt)
            ON CONFLICT (team_id, slack_id) DO UPDATE SET name = excluded.name, fetched_at = excluded.fetched_at""")
    void save(String teamId, String slackId, String name, Instant fetchedAt);
}
