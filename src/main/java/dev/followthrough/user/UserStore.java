package dev.followthrough.user;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The users table: profiles from Slack, each user's settings, their digest plan. Its one store. */
@RegisterRowMapper(UserProfileMapper.class)
@RegisterConstructorMapper(UserStore.DigestRow.class)
public interface UserStore {

    /** At most {@code batchSize} of a forgotten workspace's users, with their settings. */
    @SqlUpdate("""
            DELETE FROM users WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM users WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSome(String teamId, int batchSize);

    String DIGEST_COLUMNS =
            "team_id, user_id, time_zone, locale, digest_day, digest_time, digest_when_empty, digest_last_week, created_at";

    /** What the digest needs of a user: zone and locale, when they want it, the week they last got one. */
    record DigestRow(
            String teamId,
            String userId,
            String timeZone,
            String locale,
            String digestDay,
            LocalTime digestTime,
            boolean digestWhenEmpty,
            String digestLastWeek,
            Instant createdAt) {}

    /**
     * Locks the users whose digest check has come (or was never planned), earliest first; rows
     * another instance's sweep holds are skipped, not waited for.
     */
    @SqlQuery("SELECT " + DIGEST_COLUMNS + """
             FROM users
            WHERE time_zone IS NOT NULL AND (digest_check_at IS NULL OR digest_check_at <= :now)
            ORDER BY digest_check_at NULLS FIRST, team_id, user_id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<DigestRow> claimDigestsDue(Instant now, int limit);

    /** A user the digest can go to: one whose zone is known. */
    @SqlQuery("SELECT " + DIGEST_COLUMNS
            + " FROM users WHERE team_id = :teamId AND user_id = :userId AND time_zone IS NOT NULL")
    Optional<DigestRow> digestRecipient(String teamId, String userId);

    /** Every user the digest can go to, in pages after ({@code teamId}, {@code userId}). */
    @SqlQuery("SELECT " + DIGEST_COLUMNS + """
             FROM users
            WHERE time_zone IS NOT NULL AND (team_id, user_id) > (:teamId, :userId)
            ORDER BY team_id, user_id
            LIMIT :limit""")
    List<DigestRow> digestRecipientsAfter(String teamId, String userId, int limit);

    /** A user's digest settings, whether or not their zone is known yet. */
    @SqlQuery("SELECT " + DIGEST_COLUMNS + " FROM users WHERE team_id = :teamId AND user_id = :userId")
    Optional<DigestRow> digestOf(String teamId, String userId);

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

    /** A user's own settings, replacing the ones before; their next digest is planned afresh. */
    @SqlUpdate("""
            UPDATE users SET nudge_lead_minutes = :leadMinutes, work_days = :workDays, work_start = :workStart,
                             work_end = :workEnd, end_of_day = :endOfDay, digest_day = :digestDay,
                             digest_time = :digestTime, digest_when_empty = :digestWhenEmpty,
                             digest_check_at = NULL, updated_at = now()
            WHERE team_id = :teamId AND user_id = :userId""")
    void saveSettings(@BindMethods SettingsRow settings);

    /** What a user can set, as their row's columns ({@code workDays} comma-separated, in order). */
    record SettingsRow(
            String teamId,
            String userId,
            Integer[] leadMinutes,
            String workDays,
            LocalTime workStart,
            LocalTime workEnd,
            LocalTime endOfDay,
            String digestDay,
            LocalTime digestTime,
            boolean digestWhenEmpty) {}

    /** When to look at each user's digest next, and the week of the one they last got (null: unchanged). */
    @SqlBatch("""
            UPDATE users SET digest_check_at = :checkAt, digest_last_week = COALESCE(:week, digest_last_week)
            WHERE team_id = :teamId AND user_id = :userId""")
    void planDigests(@BindMethods List<DigestPlan> plans);

    /** The digest sweep's plan for one user. */
    record DigestPlan(String teamId, String userId, Instant checkAt, String week) {}
}
