package dev.followthrough.export;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each user's ledger download link token; none until they ask, none again once revoked. */
interface ExportLinkStore {

    /** How long one page of a download may take: far more than a Slack request, far less than forever. */
    int DOWNLOAD_WAIT_MILLIS = 30_000;

    /** At most {@code batchSize} of a forgotten workspace's links: they stop answering. */
    @SqlUpdate("""
            DELETE FROM ledger_exports WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM ledger_exports WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    @SqlQuery("SELECT token FROM ledger_exports WHERE team_id = :teamId AND user_id = :userId")
    Optional<String> find(String teamId, String userId);

    /** The user's token, {@code fresh} if they had none. */
    @SqlQuery("""
            INSERT INTO ledger_exports (team_id, user_id, token) VALUES (:teamId, :userId, :fresh)
            ON CONFLICT (team_id, user_id) DO UPDATE
            SET token = ledger_exports.token
            RETURNING token""")
    String ensure(String teamId, String userId, String fresh);

    /** Revokes the user's link, whatever it is; how many there were (0 or 1). */
    @SqlUpdate("DELETE FROM ledger_exports WHERE team_id = :teamId AND user_id = :userId")
    int revoke(String teamId, String userId);

    /** Revokes the user's link only if it is still {@code token}: an old message's button leaves a newer one be. */
    @SqlUpdate("DELETE FROM ledger_exports WHERE team_id = :teamId AND user_id = :userId AND token = :token")
    int revokeIfStill(String teamId, String userId, String token);

    /** Until the transaction ends, a statement gives up after {@link #DOWNLOAD_WAIT_MILLIS}. */
    @SqlUpdate("SET LOCAL statement_timeout = " + DOWNLOAD_WAIT_MILLIS)
    void limitStatementsToDownloadTime();
}
