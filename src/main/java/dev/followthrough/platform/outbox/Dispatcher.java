package dev.followthrough.platform.outbox;

import dev.followthrough.platform.slack.Workspaces;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's due messages: each once, a recipient's in the order they were enqueued,
 * others independently; Slack's passing errors retried (after {@code Retry-After} when Slack gives
 * one, else with a doubling back-off up to 5 minutes, for at most 24 hours), its final errors
 * marked FAILED at once. Several dispatchers (one per instance) can run on one database.
 *
 * <p>When Slack refuses a message's blocks or length ({@code invalid_blocks}, {@code msg_too_long})
 * its words are sent once as plain text instead (see {@link PlainFallback}). A message carrying a
 * {@link Confirmation} has its owner told what became of it in the same transaction that records
 * it SENT or FAILED.
 *
 * <p>Each message is claimed, sent and recorded in one transaction of its own: the row lock is what
 * keeps another dispatcher off it while the call is in flight, and one message per transaction
 * keeps every transaction as short as a single Web API call. If the database fails after Slack
 * accepted a message, the message is sent again: Slack offers no way to make a post idempotent.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    // Lets one run end (and the scheduler move on) even when messages keep arriving.
    private static final int MOST_PER_RUN = 1000;

    // Slack's answers to a message too big or too rich for it: its words alone may still go through.
    private static final Set<String> REFUSED_FOR_ITS_SIZE =
            Set.of("invalid_blocks", "invalid_blocks_format", "msg_too_long");

    private enum Outcome {
        SENT,
        RETRYING,
        FAILED
    }

    private final Jdbi jdbi;
    private final SlackCall slack;
    private final Clock clock;
    private final RetryPolicy retryPolicy;

    public Dispatcher(Jdbi jdbi, Workspaces workspaces, Clock clock) {
        this.jdbi = jdbi;
        this.slack = new SlackCall(workspaces);
        this.clock = clock;
        this.retryPolicy = RetryPolicy.DEFAULT;
    }

    /** Sends what is due now; returns how many messages Slack accepted. */
    public int dispatchOnce() {
        return dispatch(() -> true);
    }

    /**
     * Sends what is due now while {@code keepGoing} says so: a stopping instance hands the rest
     * to the next run (or another instance) instead of holding up its shutdown.
     */
    public int dispatch(BooleanSupplier keepGoing) {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (int claimed = 0; claimed < MOST_PER_RUN && keepGoing.getAsBoolean(); claimed++) {
            Optional<Outcome> outcome = jdbi.inTransaction(
                    handle -> store(handle).claimNextDue(clock.instant()).map(message -> deliver(handle, message)));
            if (outcome.isEmpty()) {
                break;
            }
            switch (outcome.get()) {
                case SENT -> sent++;
                case RETRYING -> retrying++;
                case FAILED -> failed++;
            }
        }
        if (sent > 0 || failed > 0) {
            log.info("Outbox: sent {}, failed {}, {} to retry", sent, failed, retrying);
        }
        return sent;
    }

    private Outcome deliver(Handle handle, OutboxStore.Claimed claimed) {
        var delivery = slack.send(claimed.message());
        var attempts = claimed.attempts() + 1;
        if (delivery instanceof Delivery.Refused refused
                && REFUSED_FOR_ITS_SIZE.contains(refused.reason())
                && !claimed.fellBack()) {
            return fallBack(handle, claimed, attempts, refused.reason());
        }
        return settle(handle, claimed, claimed.message(), delivery, attempts, claimed.fellBack());
    }

    /**
     * Slack refused the blocks: the words alone, once, at once. Only if that is refused too is the
     * message FAILED; a passing error retries the fallback, not the refused blocks.
     */
    private Outcome fallBack(Handle handle, OutboxStore.Claimed claimed, int attempts, String reason) {
        var fallback = PlainFallback.of(claimed.message()).message();
        log.warn(
                "Slack refused outbox message {} to {} ({}); sending it as plain text instead",
                claimed.message().dedupeKey(),
                claimed.message().recipient(),
                reason);
        store(handle).fallBack(claimed.id(), fallback);
        return settle(handle, claimed, fallback, slack.send(fallback), attempts, true);
    }

    private Outcome settle(
            Handle handle,
            OutboxStore.Claimed claimed,
            OutboxMessage message,
            Delivery delivery,
            int attempts,
            boolean plainText) {
        var now = clock.instant();
        if (delivery instanceof Delivery.Sent sent) {
            store(handle)
                    .markSent(claimed.id(), attempts, now, sent.message(), plainText ? "sent as plain text" : null);
            message.confirmation().ifPresent(confirmation -> delivered(handle, message, confirmation, now));
            return Outcome.SENT;
        }
        if (delivery instanceof Delivery.RetryLater retry) {
            var nextAttempt = retryPolicy.nextAttempt(attempts, claimed.createdAt(), now, retry.retryAfter());
            if (nextAttempt.isPresent()) {
                store(handle).retryAt(claimed.id(), attempts, nextAttempt.get(), retry.reason());
                log.debug(
                        "Outbox message {} to {} will be retried at {}: {}",
                        message.dedupeKey(),
                        message.recipient(),
                        nextAttempt.get(),
                        retry.reason());
                return Outcome.RETRYING;
            }
            return fail(
                    handle, claimed, message, attempts, "gave up after " + attempts + " attempts: " + retry.reason());
        }
        return fail(handle, claimed, message, attempts, ((Delivery.Refused) delivery).reason());
    }

    private void delivered(Handle handle, OutboxMessage message, Confirmation confirmation, Instant now) {
        confirmation.onDelivered().ifPresent(notice -> store(handle).insert(notice, now));
        if (confirmation.arrivedShortened()) {
            store(handle).insert(OwnerReports.arrivedShortened(message, confirmation), now);
        }
    }

    private Outcome fail(
            Handle handle, OutboxStore.Claimed claimed, OutboxMessage message, int attempts, String reason) {
        store(handle).markFailed(claimed.id(), attempts, reason);
        log.warn(
                "Outbox message not sent and not retried: team {}, key {}, recipient {}: {}",
                message.teamId(),
                message.dedupeKey(),
                message.recipient(),
                reason);
        message.confirmation().ifPresent(confirmation -> {
            var now = clock.instant();
            confirmation.onUndelivered().ifPresent(notice -> store(handle).insert(notice, now));
            store(handle).insert(OwnerReports.undelivered(message, confirmation, reason), now);
        });
        return Outcome.FAILED;
    }

    private static OutboxStore store(Handle handle) {
        return handle.attach(OutboxStore.class);
    }
}
