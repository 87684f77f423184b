package dev.followthrough.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Who the digest goes to, read from the users table (the user store writes it, digest plans
 * included). Attach to the caller's handle: each statement runs in its transaction.
 */
@RegisterRowMapper(DigestStore.RecipientMapper.class)
interface DigestStore {

    String RECIPIENT_COLUMNS =
            "team_id, user_id, time_zone, locale, digest_day, digest_time, digest_when_empty, digest_last_week, created_at";

    /**
     * Locks the users whose digest check has come (or was never planned), earliest first; rows
     * another instance's sweep holds are skipped, not waited for.
     */
    @SqlQuery("SELECT " + RECIPIENT_COLUMNS + """
             FROM users
            WHERE time_zone IS NOT NULL AND (digest_check_at IS NULL OR digest_check_at <= :now)
            ORDER BY digest_check_at NULLS FIRST, team_id, user_id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""")
    List<Recipient> claimDue(Instant now, int limit);

    @SqlQuery("SELECT " + RECIPIENT_COLUMNS
            + " FROM users WHERE team_id = :teamId AND user_id = :userId AND time_zone IS NOT NULL")
    Optional<Recipient> find(String teamId, String userId);

    /** Every recipient, in pages: for tools that compose everyone's digest (the benchmark). */
    default List<Recipient> page(Optional<Recipient.Owner> after, int limit) {
        return pageAfter(
                after.map(Recipient.Owner::teamId).orElse(""),
                after.map(Recipient.Owner::userId).orElse(""),
                limit);
    }

    @SqlQuery("SELECT " + RECIPIENT_COLUMNS + """
             FROM users
            WHERE time_zone IS NOT NULL AND (team_id, user_id) > (:teamId, :userId)
            ORDER BY team_id, user_id
            LIMIT :limit""")
    List<Recipient> pageAfter(String teamId, String userId, int limit);

    final class RecipientMapper implements RowMapper<Recipient> {
        @Override
        public Recipient map(ResultSet row, StatementContext context) throws SQLException {
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
}
