package dev.followthrough.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads a user's digest settings; they are written, with the rest, by the user store. */
@RegisterRowMapper(SettingsStore.DigestMapper.class)
interface SettingsStore {

    @SqlQuery(
            "SELECT digest_day, digest_time, digest_when_empty FROM users WHERE team_id = :teamId AND user_id = :userId")
    Optional<Settings.Digest> find(String teamId, String userId);

    default Settings.Digest digest(String teamId, String userId) {
        return find(teamId, userId).orElse(new Settings.Digest(DayOfWeek.MONDAY, LocalTime.of(9, 0), true));
    }

    final class DigestMapper implements RowMapper<Settings.Digest> {
        @Override
        public Settings.Digest map(ResultSet row, StatementContext context) throws SQLException {
            return new Settings.Digest(
                    DayOfWeek.valueOf(row.getString("digest_day")),
                    row.getObject("digest_time", LocalTime.class),
                    row.getBoolean("digest_when_empty"));
        }
    }
}
