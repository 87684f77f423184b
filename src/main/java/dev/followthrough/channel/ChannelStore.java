package dev.followthrough.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Channel settings and their history. */
final class ChannelStore {

    Optional<ChannelSettings> find(Handle handle, String teamId, String channelId) {
        return handle.createQuery("SELECT * FROM channel_settings WHERE team_id = :teamId AND channel_id = :channelId")
                .bind("teamId", teamId)
                .bind("channelId", channelId)
                .map((row, context) -> settings(row))
                .findOne();
    }

    List<ChannelSettings> all(Handle handle) {
        return handle.createQuery("SELECT * FROM channel_settings")
                .map((row, context) -> settings(row))
                .list();
    }

    void save(Handle handle, ChannelSettings settings, String change) {
        handle.createUpdate("""
                        INSERT INTO channel_settings (team_id, channel_id, thread_posts, summaries, summary_time,
                                                      summary_zone, updated_by, updated_at)
                        VALUES (:teamId, :channelId, :threadPosts, :summaries, :summaryTime, :summaryZone,
                                :updatedBy, :updatedAt)
                        ON CONFLICT (team_id, channel_id) DO UPDATE
                        SET thread_posts = excluded.thread_posts, summaries = excluded.summaries,
                            summary_time = excluded.summary_time, summary_zone = excluded.summary_zone,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .bind("teamId", settings.teamId())
                .bind("channelId", settings.channelId())
                .bind("threadPosts", settings.threadPosts())
                .bind("summaries", settings.summaries())
                .bind("summaryTime", settings.summaryTime())
                .bind("summaryZone", settings.summaryZone().getId())
                .bind("updatedBy", settings.updatedBy().orElseThrow())
                .bind("updatedAt", settings.updatedAt().orElseThrow())
                .execute();
        handle.createUpdate("""
                        INSERT INTO channel_events (team_id, channel_id, actor_id, at, change)
                        VALUES (:teamId, :channelId, :actorId, :at, :change)""")
                .bind("teamId", settings.teamId())
                .bind("channelId", settings.channelId())
                .bind("actorId", settings.updatedBy().orElseThrow())
                .bind("at", settings.updatedAt().orElseThrow())
                .bind("change", change)
                .execute();
    }

    private static ChannelSettings settings(ResultSet row) throws SQLException {
        return new ChannelSettings(
                row.getString("team_id"),
                row.getString("channel_id"),
                row.getBoolean("thread_posts"),
                row.getBoolean("summaries"),
                row.getObject("summary_time", LocalTime.class),
                ZoneId.of(row.getString("summary_zone")),
                Optional.of(row.getString("updated_by")),
                Optional.of(row.getTimestamp("updated_at").toInstant()).map(Instant::from));
    }
}
