package dev.followthrough.channel;

import dev.followthrough.lifecycle.Escalations;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.scheduler.WeeklyMoment;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.platform.workspace.ForgetsATeam;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Promises made in a channel belong to it: posts in their thread when they come due, slip, are
 * kept or moved; a daily summary on weekdays; {@code /promise channel} to see and change both.
 */
public final class ChannelFeature {

    /** How often the summary sweep looks for channels whose summary time has come. */
    static final int SUMMARY_SWEEP_SECONDS = 300;

    private ChannelFeature() {}

    /** Registers the summary job; returns the posts other features make. */
    public static ChannelPosts register(Scheduler scheduler, Jdbi jdbi, Outbox outbox, Clock clock) {
        scheduler.schedule(new Scheduler.RecurringJob(
                "channel-summary-sweep", SUMMARY_SWEEP_SECONDS, new ChannelSummarySweep(jdbi, outbox, clock)));
        return new ChannelPosts(outbox);
    }

    /** The channels' escalation settings and the raising of what stays missed, for the due sweep. */
    public static Escalations escalations(Outbox outbox) {
        return new ChannelEscalations(outbox);
    }

    /** {@code /promise channel}: the channel's summary and posts, to see and change. */
    public static Subcommand subcommand(Jdbi jdbi, UserProfiles profiles, Clock clock) {
        return new ChannelCommand(jdbi, profiles, clock);
    }

    /** The channels (at most {@code limit}) whose settings {@code userId} changed: the ones they set up. */
    public static List<String> setUpBy(Jdbi jdbi, String teamId, String userId, int limit) {
        return jdbi.withExtension(ChannelStore.class, store -> store.changedBy(teamId, userId, limit));
    }

    /**
     * A channel's weekly team digest, as {@code /promise channel team digest …} set it: when it
     * comes, and to whom (a DM to {@code toUserId}, or the channel).
     *
     * @param since when it was last turned on or moved: a week whose moment came before is skipped
     */
    public record TeamDigest(
            String teamId, String channelId, WeeklyMoment moment, Optional<String> toUserId, Instant since) {}

    /** Every channel that asked for a weekly team digest. */
    public static List<TeamDigest> teamDigests(Jdbi jdbi) {
        return jdbi.withExtension(ChannelStore.class, ChannelStore::withTeamDigest).stream()
                .flatMap(settings -> {
                    var digest = settings.teamDigest();
                    return digest.moment().stream()
                            .map(moment -> new TeamDigest(
                                    settings.teamId(),
                                    settings.channelId(),
                                    moment,
                                    digest.toUserId(),
                                    digest.since().orElseThrow()));
                })
                .toList();
    }

    /** Forgets a workspace's channel settings and their history. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(
                jdbi, ChannelStore.class, Set.of("channel_settings", "channel_events"), ChannelStore::forgetSome);
    }
}
