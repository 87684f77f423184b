package dev.followthrough.channel;

import dev.followthrough.commitment.Escalation;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** How a channel wants to hear about the promises made in it. */
record ChannelSettings(
        String teamId,
        String channelId,
        boolean threadPosts,
        boolean summaries,
        LocalTime summaryTime,
        ZoneId summaryZone,
        Optional<String> updatedBy,
        Optional<Instant> updatedAt,
        TeamDigestSetting teamDigest,
        Optional<Escalation> escalation) {

    static final LocalTime DEFAULT_SUMMARY_TIME = LocalTime.of(9, 30);

    /** A channel nobody has configured: posts and summaries on at 09:30 in {@code zone}; no team digest, no escalation. */
    static ChannelSettings defaults(String teamId, String channelId, ZoneId zone) {
        return new ChannelSettings(
                teamId,
                channelId,
                true,
                true,
                DEFAULT_SUMMARY_TIME,
                zone,
                Optional.empty(),
                Optional.empty(),
                TeamDigestSetting.OFF,
                Optional.empty());
    }

    ChannelSettings withThreadPosts(boolean on) {
        return new ChannelSettings(
                teamId,
                channelId,
                on,
                summaries,
                summaryTime,
                summaryZone,
                updatedBy,
                updatedAt,
                teamDigest,
                escalation);
    }

    ChannelSettings withSummaries(boolean on) {
        return new ChannelSettings(
                teamId,
                channelId,
                threadPosts,
                on,
                summaryTime,
                summaryZone,
                updatedBy,
                updatedAt,
                teamDigest,
                escalation);
    }

    ChannelSettings withSummaryAt(LocalTime time, ZoneId zone) {
        return new ChannelSettings(
                teamId, channelId, threadPosts, true, time, zone, updatedBy, updatedAt, teamDigest, escalation);
    }

    ChannelSettings changedBy(String userId, Instant at) {
        return new ChannelSettings(
                teamId,
                channelId,
                threadPosts,
                summaries,
                summaryTime,
                summaryZone,
                Optional.of(userId),
                Optional.of(at),
                teamDigest,
                escalation);
    }

    ChannelSettings withTeamDigest(TeamDigestSetting setting) {
        return new ChannelSettings(
                teamId,
                channelId,
                threadPosts,
                summaries,
                summaryTime,
                summaryZone,
                updatedBy,
                updatedAt,
                setting,
                escalation);
    }

    /** Escalation on (with how and after how long) or, empty, off. */
    ChannelSettings withEscalation(Optional<Escalation> newEscalation) {
        return new ChannelSettings(
                teamId,
                channelId,
                threadPosts,
                summaries,
                summaryTime,
                summaryZone,
                updatedBy,
                updatedAt,
                teamDigest,
                newEscalation);
    }
}
