package dev.followthrough.platform.outbox;

import dev.followthrough.platform.logging.LogContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what came of sends, many in one short transaction: SENT, a retry time, FAILED, or the
 * claim handed back. Each row is written only while its lease is still this dispatcher's; an owner's
 * confirmation is enqueued in the same transaction that records its message SENT or FAILED.
 */
final class Recorder {

    private static final Logger log = LoggerFactory.getLogger(Recorder.class);

    /** How a batch went, for the log and for {@link Dispatcher#dispatchOnce}. */
    record Tally(int sent, int retrying, int failed, int givenBack, int lost) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(
                    sent + other.sent,
                    retrying + other.retrying,
                    failed + other.failed,
                    givenBack + other.givenBack,
                    lost + other.lost);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final String owner;
    private final Timer deliveryLag;

    Recorder(Jdbi jdbi, Clock clock, RetryPolicy retryPolicy, String owner, MeterRegistry meters) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
        this.owner = owner;
        // A message is due from the moment it is queued: the lag is what its recipient waited.
        this.deliveryLag = Timer.builder("followthrough.outbox.delivery.lag")
                .description("From a message being due to Slack having taken it, for messages recorded sent.")
                .serviceLevelObjectives(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(10),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30))
                .register(meters);
    }

    /** All of {@code attempts} in one transaction: recorded together or (the database failing) not at all. */
    Tally record(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return Tally.NONE;
        }
        var lags = new ArrayList<Duration>();
        var tally = jdbi.inTransaction(handle -> {
            lags.clear();
            var store = handle.attach(OutboxStore.class);
            var plain = new ArrayList<Attempt.Made>();
            var recorded = Tally.NONE;
            for (var attempt : attempts) {
                if (attempt instanceof Attempt.Made made && plainlySent(made)) {
                    plain.add(made);
                    continue;
                }
                var message = attempt.claimed().message();
                try (var context = LogContext.about(message.teamId(), message.commitmentId())) {
                    recorded = recorded.plus(record(store, attempt, lags));
                }
            }
            return recorded.plus(sentTogether(store, plain, lags));
        });
        // Only once committed: a rolled-back batch is recorded again, and counted then.
        lags.forEach(deliveryLag::record);
        return tally;
    }

    /** Sent as claimed, with no owner to tell: the bulk of a burst, recorded in one statement. */
    private static boolean plainlySent(Attempt.Made made) {
        return made.delivery() instanceof Delivery.Sent
                && !made.fellBackNow()
                && made.sentAs().confirmation().isEmpty();
    }

    private Tally sentTogether(OutboxStore store, List<Attempt.Made> sent, List<Duration> lags) {
        if (sent.isEmpty()) {
            return Tally.NONE;
        }
        var now = clock.instant();
        var ids = new long[sent.size()];
        var attempts = new Integer[sent.size()];
        var channels = new String[sent.size()];
        var tss = new String[sent.size()];
        var notes = new String[sent.size()];
        for (int i = 0; i < sent.size(); i++) {
            var claimed = sent.get(i).claimed();
            var message = ((Delivery.Sent) sent.get(i).delivery()).message();
            ids[i] = claimed.id();
            attempts[i] = claimed.attempts() + 1;
            channels[i] = message.channel();
            tss[i] = message.ts();
            notes[i] = claimed.fellBack() ? "sent as plain text" : null;
        }
        var written = store.markAllSent(ids, attempts, channels, tss, notes, owner, now);
        int lost = 0;
        for (var made : sent) {
            var claimed = made.claimed();
            if (written.contains(claimed.id())) {
                lags.add(Duration.between(claimed.createdAt(), now));
                if (log.isDebugEnabled()) {
                    var message = claimed.message();
                    try (var context = LogContext.about(message.teamId(), message.commitmentId())) {
                        log.debug("Outbox message {} to {} sent", message.dedupeKey(), message.recipient());
                    }
                }
            } else {
                lost++;
                try (var context = LogContext.about(
                        claimed.message().teamId(), claimed.message().commitmentId())) {
                    noLongerOurs(claimed);
                }
            }
        }
        return new Tally(sent.size() - lost, 0, 0, 0, lost);
    }

    private void noLongerOurs(OutboxStore.Claimed claimed) {
        log.warn(
                "Outbox message {} to {} was no longer this dispatcher's when its outcome came back",
                claimed.message().dedupeKey(),
                claimed.message().recipient());
    }

    private Tally record(OutboxStore store, Attempt attempt, List<Duration> lags) {
        var claimed = attempt.claimed();
        if (attempt instanceof Attempt.NotMade) {
            store.giveBack(new long[] {claimed.id()}, owner);
            return new Tally(0, 0, 0, 1, 0);
        }
        var made = (Attempt.Made) attempt;
        if (made.fellBackNow()) {
            store.fallBack(claimed.id(), owner, made.sentAs());
        }
        var recorded = settle(store, claimed, made.sentAs(), made.delivery(), made.fellBackNow(), lags);
        if (!recorded.lost()) {
            return recorded.tally();
        }
        // The lease ran out and another dispatcher took the row, or the row was cancelled: what
        // became of it is not this dispatcher's to say, and its owner is told only once.
        noLongerOurs(claimed);
        return new Tally(0, 0, 0, 0, 1);
    }

    private record Settled(Tally tally, boolean lost) {}

    private Settled settle(
            OutboxStore store,
            OutboxStore.Claimed claimed,
            OutboxMessage message,
            Delivery delivery,
            boolean fellBackNow,
            List<Duration> lags) {
        var now = clock.instant();
        var attempts = claimed.attempts() + 1;
        var plainText = fellBackNow || claimed.fellBack();
        if (delivery instanceof Delivery.Sent sent) {
            if (!store.markSent(
                    claimed.id(), owner, attempts, now, sent.message(), plainText ? "sent as plain text" : null)) {
                return new Settled(Tally.NONE, true);
            }
            message.confirmation().ifPresent(confirmation -> delivered(store, message, confirmation, now));
            lags.add(Duration.between(claimed.createdAt(), now));
            log.debug("Outbox message {} to {} sent", message.dedupeKey(), message.recipient());
            return new Settled(new Tally(1, 0, 0, 0, 0), false);
        }
        if (delivery instanceof Delivery.RetryLater retry) {
            var nextAttempt = retryPolicy.nextAttempt(attempts, claimed.createdAt(), now, retry.retryAfter());
            if (nextAttempt.isPresent()) {
                if (!store.retryAt(claimed.id(), owner, attempts, nextAttempt.get(), retry.reason())) {
                    return new Settled(Tally.NONE, true);
                }
                log.debug(
                        "Outbox message {} to {} will be retried at {}: {}",
                        message.dedupeKey(),
                        message.recipient(),
                        nextAttempt.get(),
                        retry.reason());
                return new Settled(new Tally(0, 1, 0, 0, 0), false);
            }
            return fail(
                    store, claimed, message, attempts, "gave up after " + attempts + " attempts: " + retry.reason());
        }
        return fail(store, claimed, message, attempts, ((Delivery.Refused) delivery).reason());
    }

    private static void delivered(OutboxStore store, OutboxMessage message, Confirmation confirmation, Instant now) {
        confirmation.onDelivered().ifPresent(notice -> store.insert(notice, now));
        if (confirmation.arrivedShortened()) {
            store.insert(OwnerReports.arrivedShortened(message, confirmation), now);
        }
    }

    private Settled fail(
            OutboxStore store, OutboxStore.Claimed claimed, OutboxMessage message, int attempts, String reason) {
        if (!store.markFailed(claimed.id(), owner, attempts, reason)) {
            return new Settled(Tally.NONE, true);
        }
        log.warn(
                "Outbox message not sent and not retried: team {}, key {}, recipient {}: {}",
                message.teamId(),
                message.dedupeKey(),
                message.recipient(),
                reason);
        message.confirmation().ifPresent(confirmation -> {
            var now = clock.instant();
            confirmation.onUndelivered().ifPresent(notice -> store.insert(notice, now));
            store.insert(OwnerReports.undelivered(message, confirmation, reason), now);
        });
        return new Settled(new Tally(0, 0, 1, 0, 0), false);
    }
}
