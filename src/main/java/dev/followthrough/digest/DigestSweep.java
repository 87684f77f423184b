package dev.followthrough.digest;

import dev.followthrough.platform.logging.LogContext;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.user.UserStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each user their weekly digest once their own digest moment has passed this ISO week. Every
 * user row carries when to look at it next, so the sweep reads only the users whose moment came;
 * it claims them in batches with {@code FOR UPDATE SKIP LOCKED}, composes their digests from one
 * query per batch and enqueues them in the same transaction that records the week as done. The
 * outbox key {@code digest:<user>:<week>} makes it exactly once across sweeps, restarts and
 * instances even if that record were lost.
 */
final class DigestSweep implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(DigestSweep.class);

    private final Jdbi jdbi;
    private final DigestComposer composer;
    private final Outbox outbox;
    private final Clock clock;
    private final int batchSize;
    private final BooleanSupplier keepGoing;

    DigestSweep(
            Jdbi jdbi, DigestComposer composer, Outbox outbox, Clock clock, int batchSize, BooleanSupplier keepGoing) {
        this.jdbi = jdbi;
        this.composer = composer;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = batchSize;
        this.keepGoing = keepGoing;
    }

    @Override
    public void run() {
        var claimed = batchSize;
        while (claimed == batchSize && keepGoing.getAsBoolean()) {
            claimed = jdbi.inTransaction(handle -> sweepBatch(handle));
        }
    }

    private int sweepBatch(Handle handle) {
        var now = clock.instant();
        var recipients = handle.attach(UserStore.class).claimDigestsDue(now, batchSize).stream()
                .map(Recipient::of)
                .toList();
        var plans = new ArrayList<UserStore.DigestPlan>();
        var due = new ArrayList<Recipient>();
        var weeks = new HashMap<Recipient.Owner, String>();
        for (var recipient : recipients) {
            var plan = DigestSchedule.plan(
                    now, recipient.zone(), recipient.settings(), recipient.lastWeek(), recipient.knownSince());
            if (plan instanceof DigestSchedule.Send send) {
                due.add(recipient);
                weeks.put(recipient.owner(), send.week());
                plans.add(new UserStore.DigestPlan(recipient.teamId(), recipient.userId(), send.next(), send.week()));
            } else {
                plans.add(new UserStore.DigestPlan(
                        recipient.teamId(), recipient.userId(), ((DigestSchedule.Wait) plan).next(), null));
            }
        }
        var sent = 0;
        for (var digest : composer.compose(handle, due, now)) {
            var recipient = digest.recipient();
            if (digest.empty() && !recipient.settings().whenEmpty()) {
                continue;
            }
            var key = DigestSchedule.weeklyKey(recipient.userId(), weeks.get(recipient.owner()));
            try (var context = LogContext.team(recipient.teamId())) {
                if (outbox.enqueue(handle, digest.post(key))) {
                    log.debug("Weekly digest queued: {}", key);
                    sent++;
                }
            }
        }
        if (!plans.isEmpty()) {
            handle.attach(UserStore.class).planDigests(plans);
        }
        if (sent > 0) {
            log.info("Queued {} weekly digest(s)", sent);
        }
        return recipients.size();
    }
}
