package dev.followthrough.channel;

import dev.followthrough.lifecycle.Escalations;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.slack.Subcommand;
import dev.followthrough.platform.workspace.ForgetsATeam;
import dev.followthrough.user.UserProfiles;
import java.time.Clock;
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

    /** Forgets a workspace's channel settings and their history. */
    public static ForgetsATeam forgetting(Jdbi jdbi) {
        return ForgetsATeam.inStore(
                jdbi, ChannelStore.class, Set.of("channel_settings", "channel_events"), ChannelStore::forgetSome);
    }
}
