package dev.followthrough.platform.outbox;

import dev.followthrough.platform.logging.LogContext;
import java.time.Clock;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed message, outside any transaction: the row is leased, so nothing in the
 * database waits on Slack. What came of it is recorded later, with others, by the {@link Recorder}.
 */
final class Sender {

    private static final Logger log = LoggerFactory.getLogger(Sender.class);

    // Slack's answers to a message too big or too rich for it: its words alone may still go through.
    private static final Set<String> REFUSED_FOR_ITS_SIZE =
            Set.of("invalid_blocks", "invalid_blocks_format", "msg_too_long");

    private final SlackCall slack;
    private final Pacing pacing;
    private final Clock clock;
    private final BooleanSupplier stopping;

    Sender(SlackCall slack, Pacing pacing, Clock clock, BooleanSupplier stopping) {
        this.slack = slack;
        this.pacing = pacing;
        this.clock = clock;
        this.stopping = stopping;
    }

    Attempt attempt(OutboxStore.Claimed claimed) {
        if (stopping.getAsBoolean()) {
            return new Attempt.NotMade(claimed);
        }
        var message = claimed.message();
        try (var context = LogContext.about(message.teamId(), message.commitmentId())) {
            return attempt(claimed, message);
        }
    }

    private Attempt attempt(OutboxStore.Claimed claimed, OutboxMessage message) {
        var delivery = send(message);
        if (delivery instanceof Delivery.Refused refused
                && REFUSED_FOR_ITS_SIZE.contains(refused.reason())
                && !claimed.fellBack()) {
            // The words alone, once, at once. Only if that is refused too is the message FAILED.
            var fallback = PlainFallback.of(message).message();
            log.warn(
                    "Slack refused outbox message {} to {} ({}); sending it as plain text instead",
                    message.dedupeKey(),
                    message.recipient(),
                    refused.reason());
            return new Attempt.Made(claimed, fallback, send(fallback), true);
        }
        return new Attempt.Made(claimed, message, delivery, false);
    }

    private Delivery send(OutboxMessage message) {
        var delivery = slack.send(message);
        if (delivery instanceof Delivery.RetryLater retry && retry.retryAfter().isPresent()) {
            // The limit is the workspace's method's, not this message's: every message to it waits.
            pacing.pause(
                    message.teamId(),
                    message.method(),
                    clock.instant().plus(retry.retryAfter().get()));
        }
        return delivery;
    }
}
