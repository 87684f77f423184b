package dev.followthrough.team;

import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each channel that asked for it its weekly team digest once its moment has passed this ISO
 * week (in the zone of whoever set it), to the channel or as a DM to whoever asked. The outbox key
 * {@code team-digest:<channel>:<week>} makes it once per channel and week across sweeps, restarts
 * and instances; the sweep asks the outbox first, so a digest already sent (or to a workspace that can no
 * longer be sent to) is not composed again.
 * A week whose moment came before the digest was turned on or moved is skipped: the first digest
 * comes at the first moment after it was set.
 */
final class TeamDigestSweep implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(TeamDigestSweep.class);

    /** Four weeks of deadlines for the rates, and a week more for zones and late keeps. */
    private static final Duration LOOKED_BACK = Duration.ofDays(36);

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final Clock clock;
    private final Supplier<List<TeamDigestFeature.Subscription>> subscriptions;
    private final BooleanSupplier keepGoing;

    TeamDigestSweep(
            Jdbi jdbi,
            Outbox outbox,
            Clock clock,
            Supplier<List<TeamDigestFeature.Subscription>> subscriptions,
            BooleanSupplier keepGoing) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.clock = clock;
        this.subscriptions = subscriptions;
        this.keepGoing = keepGoing;
    }

    @Override
    public void run() {
        var now = clock.instant();
        for (var subscription : subscriptions.get()) {
            if (!keepGoing.getAsBoolean()) {
                return;
            }
            var moment = subscription.moment().thisWeeks(now);
            if (now.isBefore(moment) || moment.isBefore(subscription.since())) {
                continue;
            }
            try (var context = LogContext.team(subscription.teamId())) {
                send(subscription, key(subscription, now), now);
            } catch (RuntimeException surprise) {
                // One channel's trouble must not hold up every other channel's digest.
                log.error(
                        "Team digest of channel {} failed; tried again next sweep", subscription.channelId(), surprise);
            }
        }
    }

    private void send(TeamDigestFeature.Subscription subscription, String key, Instant now) {
        jdbi.useTransaction(handle -> {
            if (!outbox.wouldEnqueue(handle, subscription.teamId(), key)) {
                return;
            }
            var histories = Ledger.historiesInChannel(
                    handle, subscription.teamId(), subscription.channelId(), now.minus(LOOKED_BACK));
            var message = TeamDigestBlocks.of(
                    subscription.channelId(),
                    TeamDigestFacts.of(histories, now),
                    subscription.moment().zone());
            var recipient = subscription.toUserId().orElse(subscription.channelId());
            if (outbox.enqueue(
                    handle,
                    OutboxMessage.post(
                            subscription.teamId(),
                            key,
                            recipient,
                            message.text(),
                            BlockJson.of(message.blocks()),
                            Optional.empty(),
                            Optional.empty()))) {
                log.info("Team digest queued: {}", key);
            }
        });
    }

    /** One per channel and ISO week, ever, whoever it goes to. */
    static String key(TeamDigestFeature.Subscription subscription, Instant now) {
        return "team-digest:" + subscription.channelId() + ":"
                + subscription.moment().weekOf(now);
    }
}
