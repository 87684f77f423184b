package dev.followthrough.platform.outbox;

import java.time.Duration;
import java.util.Optional;

/**
 * How the {@link Dispatcher} sends: how many Web API calls it keeps in flight, how long its claims
 * last, and the pace it keeps under Slack's rate limits so that a 429 is rare rather than the pacing.
 *
 * <p>Slack's published limits (api.slack.com/docs/rate-limits and the chat.postMessage and
 * chat.update method pages): chat.postMessage allows about one message a second to a channel,
 * with short bursts over that, and a workspace-wide cap Slack gives only as "several hundred
 * messages per minute"; chat.update is Tier 3, 50+ calls a minute per workspace. The defaults keep
 * under those: 300 posts a minute per workspace (the low end of "several hundred"), one a second
 * per channel with a burst of 2, and 50 updates a minute per workspace.
 *
 * @param senders Web API calls in flight at once per instance: 200 at Slack's usual ~100 ms keeps
 *     up with about 2,000 messages a second (a burst across a few hundred workspaces); idle
 *     senders' threads end after 30 s, so a quiet instance keeps none
 * @param pollInterval how often an instance looks for messages come due when nothing else wakes it
 * @param rowLease how long a claimed message is this instance's: well above the Slack client's
 *     timeouts, so only a crashed instance's claims ever run out
 * @param workspaceLease how long an instance paces a workspace without renewing its hold
 * @param postsPerWorkspacePerMinute chat.postMessage's workspace-wide pace
 * @param workspaceBurst posts a workspace may take at once before its pace applies: small, since
 *     Slack doesn't say how big a burst it allows, and one over it costs a 429 and a pause
 * @param postsPerChannelPerSecond chat.postMessage's pace per channel (or DM)
 * @param channelBurst posts a channel may take at once
 * @param updatesPerWorkspacePerMinute chat.update's workspace-wide pace
 * @param recordBatch outcomes recorded per transaction, at most
 */
public record DispatcherSettings(
        int senders,
        Duration pollInterval,
        Duration rowLease,
        Duration workspaceLease,
        double postsPerWorkspacePerMinute,
        int workspaceBurst,
        double postsPerChannelPerSecond,
        int channelBurst,
        double updatesPerWorkspacePerMinute,
        int recordBatch) {

    public static final DispatcherSettings DEFAULT = new DispatcherSettings(
            200, Duration.ofMillis(250), Duration.ofMinutes(2), Duration.ofSeconds(15), 300, 5, 1, 2, 50, 200);

    public DispatcherSettings {
        if (senders < 1 || recordBatch < 1 || workspaceBurst < 1 || channelBurst < 1) {
            throw new IllegalArgumentException("senders, bursts and the record batch must be at least 1");
        }
        if (postsPerWorkspacePerMinute <= 0 || postsPerChannelPerSecond <= 0 || updatesPerWorkspacePerMinute <= 0) {
            throw new IllegalArgumentException("paces must be above zero");
        }
    }

    public DispatcherSettings withSenders(int count) {
        return new DispatcherSettings(
                count,
                pollInterval,
                rowLease,
                workspaceLease,
                postsPerWorkspacePerMinute,
                workspaceBurst,
                postsPerChannelPerSecond,
                channelBurst,
                updatesPerWorkspacePerMinute,
                recordBatch);
    }

    /** These settings with what the environment set ({@code OUTBOX_*}, {@code SLACK_*}), the rest kept. */
    public DispatcherSettings with(
            Optional<Integer> sendersSet,
            Optional<Integer> leaseSecondsSet,
            Optional<Double> postsPerWorkspacePerMinuteSet,
            Optional<Double> postsPerChannelPerSecondSet,
            Optional<Double> updatesPerWorkspacePerMinuteSet) {
        return new DispatcherSettings(
                sendersSet.orElse(senders),
                pollInterval,
                leaseSecondsSet.map(Duration::ofSeconds).orElse(rowLease),
                workspaceLease,
                postsPerWorkspacePerMinuteSet.orElse(postsPerWorkspacePerMinute),
                workspaceBurst,
                postsPerChannelPerSecondSet.orElse(postsPerChannelPerSecond),
                channelBurst,
                updatesPerWorkspacePerMinuteSet.orElse(updatesPerWorkspacePerMinute),
                recordBatch);
    }

    public DispatcherSettings withLeases(Duration row, Duration workspace) {
        return new DispatcherSettings(
                senders,
                pollInterval,
                row,
                workspace,
                postsPerWorkspacePerMinute,
                workspaceBurst,
                postsPerChannelPerSecond,
                channelBurst,
                updatesPerWorkspacePerMinute,
                recordBatch);
    }

    /** Paces for posts: per workspace a minute with its burst, per channel a second with its burst. */
    public DispatcherSettings withPostPaces(
            double perWorkspacePerMinute, int workspaceBurst, double perChannelPerSecond, int channelBurst) {
        return new DispatcherSettings(
                senders,
                pollInterval,
                rowLease,
                workspaceLease,
                perWorkspacePerMinute,
                workspaceBurst,
                perChannelPerSecond,
                channelBurst,
                updatesPerWorkspacePerMinute,
                recordBatch);
    }

    /** No pace worth the name: for tests of other things than pacing. */
    public DispatcherSettings unpaced() {
        return withPostPaces(1_000_000, 1_000, 1_000_000, 1_000).withUpdatePace(1_000_000);
    }

    public DispatcherSettings withUpdatePace(double perWorkspacePerMinute) {
        return new DispatcherSettings(
                senders,
                pollInterval,
                rowLease,
                workspaceLease,
                postsPerWorkspacePerMinute,
                workspaceBurst,
                postsPerChannelPerSecond,
                channelBurst,
                perWorkspacePerMinute,
                recordBatch);
    }
}
