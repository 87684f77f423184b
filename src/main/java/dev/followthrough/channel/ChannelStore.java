package dev.followthrough.channel;

import dev.followthrough.commitment.Escalation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Channel settings and their history. Attach to the caller's handle: it runs in its transaction. */
@RegisterRowMapper(ChannelStore.SettingsMapper.class)
interface ChannelStore {

    /** At most {@code batchSize} of a forgotten workspace's channel settings and of their history each. */
    default int forgetSome(String teamId, int batchSize) {
        return forgetSomeSettings(teamId, batchSize) + forgetSomeEvents(teamId, batchSize);
    }

    /** Part of {@link #forgetSome}. */
    @SqlUpdate("""
            DELETE FROM channel_settings WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM channel_settings WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSomeSettings(String teamId, int batchSize);

    /** Part of {@link #forgetSome}. */
    @SqlUpdate("""
            DELETE FROM channel_events WHERE ctid = ANY(ARRAY(
                SELECT ctid FROM channel_events WHERE team_id = :teamId LIMIT :batchSize))""")
    int forgetSomeEvents(String teamId, int batchSize);

    @SqlQuery("SELECT * FROM channel_settings WHERE team_id = :teamId AND channel_id = :channelId")
    Optional<ChannelSettings> find(String teamId, String channelId);

    /** The channels whose settings {@code userId} has changed: the ones they set up. */
    @SqlQuery("""
            SELECT DISTINCT channel_id FROM channel_events
            WHERE team_id = :teamId AND actor_id = :userId
            ORDER BY channel_id
            LIMIT :limit""")
    List<String> changedBy(String teamId, String userId, int limit);

    @SqlQuery("SELECT * FROM channel_settings")
    List<ChannelSettings> all();

    /** The channels that asked for a weekly team digest. */
    @SqlQuery("SELECT * FROM channel_settings WHERE team_digest")
    List<ChannelSettings> withTeamDigest();

    /** The settings and the change that made them, together. */
    default void save(ChannelSettings settings, String change) {
        var row = SettingsRow.of(settings);
        upsert(row);
        changed(row, change);
    }

    @SqlUpdate("""
            INSERT INTO channel_settings (team_id, channel_id, thread_posts, summaries, summary_time,
                                          summary_zone, updated_by, updated_at, team_digest, team_digest_day,
                                          team_digest_time, team_digest_zone, team_digest_to, team_digest_since,
                                          escalate_after_hours, escalate_to)
            VALUES (:teamId, :channelId, :threadPosts, :summaries, :summaryTime, :summaryZone,
                    :updatedBy, :updatedAt, :teamDigest, :teamDigestDay, :teamDigestTime, :teamDigestZone,
                    :teamDigestTo, :teamDigestSince, :escalateAfterHours, :escalateTo)
            ON CONFLICT (team_id, channel_id) DO UPDATE
            SET thread_posts = excluded.thread_posts, summaries = excluded.summaries,
                summary_time = excluded.summary_time, summary_zone = excluded.summary_zone,
                updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                team_digest = excluded.team_digest, team_digest_day = excluded.team_digest_day,
                team_digest_time = excluded.team_digest_time, team_digest_zone = excluded.team_digest_zone,
                team_digest_to = excluded.team_digest_to, team_digest_since = excluded.team_digest_since,
                escalate_after_hours = excluded.escalate_after_hours, escalate_to = excluded.escalate_to""")
    void upsert(@BindMethods SettingsRow settings);

    @SqlUpdate("""
            INSERT INTO channel_events (team_id, channel_id, actor_id, at, change)
            VALUES (:teamId, :channelId, :updatedBy, :updatedAt, :change)""")
    void changed(@BindMethods SettingsRow settings, @Bind("change") String change);

    /** Settings as their row: a saved one always says who changed it, and when. */
    record SettingsRow(
            String teamId,
            String channelId,
            boolean threadPosts,
            boolean summaries,
            LocalTime summaryTime,
            String summaryZone,
            String updatedBy,
            Instant updatedAt,
            boolean teamDigest,
            String teamDigestDay,
            LocalTime teamDigestTime,
            String teamDigestZone,
            String teamDigestTo,
            Instant teamDigestSince,
            Integer escalateAfterHours,
            String escalateTo) {

        static SettingsRow of(ChannelSettings settings) {
            var digest = settings.teamDigest();
            return new SettingsRow(
                    settings.teamId(),
                    settings.channelId(),
                    settings.threadPosts(),
                    settings.summaries(),
                    settings.summaryTime(),
                    settings.summaryZone().getId(),
                    settings.updatedBy().orElseThrow(),
                    settings.updatedAt().orElseThrow(),
                    digest.on(),
                    digest.day().name(),
                    digest.time(),
                    digest.zone().map(ZoneId::getId).orElse(null),
                    digest.toUserId().orElse(null),
                    digest.since().orElse(null),
                    settings.escalation()
                            .map(escalation -> (int) escalation.after().toHours())
                            .orElse(null),
                    settings.escalation().flatMap(Escalation::contactId).orElse(null));
        }
    }

    final class SettingsMapper implements RowMapper<ChannelSettings> {
        @Override
        public ChannelSettings map(ResultSet row, StatementContext context) throws SQLException {
            return new ChannelSettings(
                    row.getString("team_id"),
                    row.getString("channel_id"),
                    row.getBoolean("thread_posts"),
                    row.getBoolean("summaries"),
                    row.getObject("summary_time", LocalTime.class),
                    ZoneId.of(row.getString("summary_zone")),
                    Optional.of(row.getString("updated_by")),
                    Optional.of(row.getTimestamp("updated_at").toInstant()),
                    teamDigest(row),
                    escalation(row));
        }

        private static TeamDigestSetting teamDigest(ResultSet row) throws SQLException {
            var since = row.getTimestamp("team_digest_since");
            return new TeamDigestSetting(
                    row.getBoolean("team_digest"),
                    DayOfWeek.valueOf(row.getString("team_digest_day")),
                    row.getObject("team_digest_time", LocalTime.class),
                    Optional.ofNullable(row.getString("team_digest_zone")).map(ZoneId::of),
                    Optional.ofNullable(row.getString("team_digest_to")),
                    Optional.ofNullable(since).map(java.sql.Timestamp::toInstant));
        }

        private static Optional<Escalation> escalation(ResultSet row) throws SQLException {
            var hours = row.getObject("escalate_after_hours", Integer.class);
            var contact = Optional.ofNullable(row.getString("escalate_to"));
            return Optional.ofNullable(hours).map(after -> new Escalation(Duration.ofHours(after), contact));
        }
    }
}
