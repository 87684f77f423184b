package dev.followthrough.team;

import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.scheduler.Scheduler;
import dev.followthrough.platform.scheduler.WeeklyMoment;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * A channel's weekly team digest: what is overdue, what is due in the next seven days, what was kept
 * in the past week, whose relationship has no next step, and everyone's follow-through over four
 * weeks, from the promises made in or linked to that channel alone. It comes at the day and local
 * time the channel chose ({@code /promise channel team digest …}), once a week.
 */
public final class TeamDigestFeature {

    /**
     * How often the sweep looks for channels whose moment came. It reads only the channels that
     * asked for a digest, and composes one only when its week has none yet.
     */
    static final int SWEEP_SECONDS = 10;

    /**
     * A channel that asked for a weekly team digest: when, and to whom (a DM to {@code toUserId},
     * or the channel itself).
     *
     * @param since when it was last turned on or moved: a week whose moment came before is skipped
     */
    public record Subscription(
            String teamId, String channelId, WeeklyMoment moment, Optional<String> toUserId, Instant since) {}

    private TeamDigestFeature() {}

    /** Registers the team digest sweep; {@code subscriptions} reads the channels that asked for one. */
    public static void register(
            Scheduler scheduler, Jdbi jdbi, Outbox outbox, Clock clock, Supplier<List<Subscription>> subscriptions) {
        scheduler.schedule(new Scheduler.RecurringJob(
                "team-digest-sweep",
                SWEEP_SECONDS,
                new TeamDigestSweep(jdbi, outbox, clock, subscriptions, () -> !scheduler.isStopping())));
    }

    /** A team digest sweep for tools and tests that run it outside the scheduler. */
    public static Runnable sweep(Jdbi jdbi, Outbox outbox, Clock clock, Supplier<List<Subscription>> subscriptions) {
        return new TeamDigestSweep(jdbi, outbox, clock, subscriptions, () -> true);
    }
}
