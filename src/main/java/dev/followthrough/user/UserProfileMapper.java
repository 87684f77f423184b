package dev.followthrough.user;

import dev.followthrough.deadline.WorkingHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

public final class UserProfileMapper implements RowMapper<UserProfile> {

    @Override
    public UserProfile map(ResultSet row, StatementContext context) throws SQLException {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(row.getString("work_days").split(","))
                .map(String::trim)
                .filter(day -> !day.isEmpty())
                .map(DayOfWeek::valueOf)
                .forEach(days::add);
        var workingHours = new WorkingHours(
                days,
                row.getTime("work_start").toLocalTime(),
                row.getTime("work_end").toLocalTime(),
                row.getTime("end_of_day").toLocalTime());
        var locale = row.getString("locale");
        return new UserProfile(
                row.getString("team_id"),
                row.getString("user_id"),
                ZoneId.of(row.getString("time_zone")),
                locale == null ? Locale.US : Locale.forLanguageTag(locale),
                workingHours,
                leadTimes(row),
                row.getTimestamp("profile_fetched_at").toInstant());
    }

    private static List<Duration> leadTimes(ResultSet row) throws SQLException {
        var minutes = (Integer[]) row.getArray("nudge_lead_minutes").getArray();
        return Arrays.stream(minutes).map(Duration::ofMinutes).toList();
    }
}
