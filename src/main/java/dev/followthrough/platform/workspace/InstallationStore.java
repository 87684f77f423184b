package dev.followthrough.platform.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The installations table's statements. A row is one workspace's install, or an organisation's
 * org-wide one (team_id null); the key compares nulls as equal.
 */
@RegisterConstructorMapper(InstallationStore.InstallationRow.class)
interface InstallationStore {

    /**
     * At most {@code batchSize} of a forgotten workspace's installations (normally none are left:
     * an uninstall deletes its tokens at once).
     */
    @SqlUpdate("""
            DELETE FROM installations WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM installations WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    /** An installations row as stored: its tokens are ciphertexts. */
    record InstallationRow(
            long id,
            String enterpriseId,
            String teamId,
            boolean isEnterpriseInstall,
            String appId,
            String botId,
            String botUserId,
            String botScopes,
            byte[] botToken,
            byte[] botRefreshToken,
            Instant botTokenExpiresAt,
            String installerUserId,
            byte[] userToken,
            byte[] userRefreshToken,
            Instant userTokenExpiresAt,
            String userScopes,
            Instant installedAt,
            Instant updatedAt) {}

    String COLUMNS = """
            id, enterprise_id, team_id, is_enterprise_install, app_id, bot_id, bot_user_id, bot_scopes,
            bot_token, bot_refresh_token, bot_token_expires_at, installer_user_id, user_token,
            user_refresh_token, user_token_expires_at, user_scopes, installed_at, updated_at""";

    /** The same workspace or organisation, nulls equal: the unique index's expression. */
    String SAME_KEY =
            "COALESCE(enterprise_id, '') = COALESCE(:enterpriseId, '') AND COALESCE(team_id, '') = COALESCE(:teamId, '')";

    /**
     * The install that serves a team: its organisation's org-wide install first (Bolt's order), then
     * the team's own, whichever organisation it was saved under.
     */
    String SERVING = """
             FROM installations
            WHERE (enterprise_id = :enterpriseId AND team_id IS NULL) OR team_id = :teamId
            ORDER BY (team_id IS NULL) DESC, updated_at DESC
            LIMIT 1""";

    /** A reinstall replaces every token and scope: what Slack granted last is what holds. */
    @SqlUpdate("""
            INSERT INTO installations (enterprise_id, team_id, is_enterprise_install, app_id, bot_id,
                                       bot_user_id, bot_scopes, bot_token, bot_refresh_token,
                                       bot_token_expires_at, installer_user_id, user_token,
                                       user_refresh_token, user_token_expires_at, user_scopes,
                                       installed_at, updated_at)
            VALUES (:enterpriseId, :teamId, :isEnterpriseInstall, :appId, :botId, :botUserId, :botScopes,
                    :botToken, :botRefreshToken, :botTokenExpiresAt, :installerUserId, :userToken,
                    :userRefreshToken, :userTokenExpiresAt, :userScopes, :installedAt, :updatedAt)
            ON CONFLICT ((COALESCE(enterprise_id, '')), (COALESCE(team_id, ''))) DO UPDATE SET
                is_enterprise_install = excluded.is_enterprise_install, app_id = excluded.app_id,
                bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scopes = excluded.bot_scopes,
                bot_token = excluded.bot_token, bot_refresh_token = excluded.bot_refresh_token,
                bot_token_expires_at = excluded.bot_token_expires_at,
                installer_user_id = excluded.installer_user_id, user_token = excluded.user_token,
                user_refresh_token = excluded.user_refresh_token,
                user_token_expires_at = excluded.user_token_expires_at, user_scopes = excluded.user_scopes,
                installed_at = excluded.installed_at, updated_at = excluded.updated_at""")
    void saveInstallation(@BindMethods InstallationRow row);

    /** The bot's part only (Bolt's saveBot, a refreshed token): an installer's user token stays. */
    @SqlUpdate("""
            INSERT INTO installations (enterprise_id, team_id, is_enterprise_install, app_id, bot_id,
                                       bot_user_id, bot_scopes, bot_token, bot_refresh_token,
                                       bot_token_expires_at, installed_at, updated_at)
            VALUES (:enterpriseId, :teamId, :isEnterpriseInstall, :appId, :botId, :botUserId, :botScopes,
                    :botToken, :botRefreshToken, :botTokenExpiresAt, :installedAt, :updatedAt)
            ON CONFLICT ((COALESCE(enterprise_id, '')), (COALESCE(team_id, ''))) DO UPDATE SET
                is_enterprise_install = excluded.is_enterprise_install, app_id = excluded.app_id,
                bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scopes = excluded.bot_scopes,
                bot_token = excluded.bot_token, bot_refresh_token = excluded.bot_refresh_token,
                bot_token_expires_at = excluded.bot_token_expires_at, updated_at = excluded.updated_at""")
    void saveBot(@BindMethods InstallationRow row);

    @SqlQuery("SELECT " + COLUMNS + SERVING)
    Optional<InstallationRow> findServing(String enterpriseId, String teamId);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM installations
            WHERE ((enterprise_id = :enterpriseId AND team_id IS NULL) OR team_id = :teamId)
              AND installer_user_id = :userId
            ORDER BY (team_id IS NULL) DESC, updated_at DESC
            LIMIT 1""")
    Optional<InstallationRow> findServingInstaller(String enterpriseId, String teamId, String userId);

    @SqlUpdate("DELETE FROM installations WHERE " + SAME_KEY)
    int delete(String enterpriseId, String teamId);

    @SqlUpdate("""
            UPDATE installations
               SET installer_user_id = NULL, user_token = NULL, user_refresh_token = NULL,
                   user_token_expires_at = NULL, user_scopes = NULL, updated_at = :now
             WHERE installer_user_id = :userId
               AND\s""" + SAME_KEY)
    int deleteInstaller(String enterpriseId, String teamId, String userId, Instant now);

    /**
     * Locks the installs whose rotated bot token expires before {@code before}, soonest first; rows
     * another instance is refreshing are skipped, not waited for.
     */
    @SqlQuery("SELECT " + COLUMNS + """
             FROM installations
            WHERE bot_token_expires_at < :before AND bot_refresh_token IS NOT NULL
            ORDER BY bot_token_expires_at
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<InstallationRow> lockExpiringBefore(Instant before, int limit);

    /** Locks one install, waiting for another instance's refresh of it to commit. */
    @SqlQuery("SELECT " + COLUMNS + " FROM installations WHERE " + SAME_KEY + " FOR UPDATE")
    Optional<InstallationRow> lock(String enterpriseId, String teamId);

    @SqlUpdate("""
            UPDATE installations SET bot_token = :botToken, bot_refresh_token = :botRefreshToken,
                                     bot_token_expires_at = :expiresAt, updated_at = :now
            WHERE id = :id""")
    void saveRefreshedBot(long id, byte[] botToken, byte[] botRefreshToken, Instant expiresAt, Instant now);
}
