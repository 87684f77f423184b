package dev.followthrough.platform.outbox;

import java.util.Objects;
import java.util.Optional;

/**
 * What the owner of a message sent on their behalf (a renegotiation to the other side) is told,
 * and only once its fate is known: the {@link Dispatcher} enqueues it in the transaction that marks
 * the message SENT or FAILED. A message that finally fails is reported with why, in words, and the
 * text to send by hand.
 *
 * @param ownerId the user to tell
 * @param undelivered names the message in a sentence, e.g. {@code your message to <@U300> about *the
 *     proposal*} (mrkdwn)
 * @param textToCopy what the owner wrote, as they wrote it (not escaped)
 * @param onDelivered sent once Slack took the message (e.g. the settled reminder now saying "has
 *     your message")
 * @param onUndelivered sent, besides the report, when it finally failed
 * @param arrivedShortened set when only a shortened plain-text fallback could be delivered: the
 *     owner then also gets the whole text to send by hand
 */
public record Confirmation(
        String ownerId,
        String undelivered,
        String textToCopy,
        Optional<OutboxMessage> onDelivered,
        Optional<OutboxMessage> onUndelivered,
        boolean arrivedShortened) {

    public Confirmation(
            String ownerId,
            String undelivered,
            String textToCopy,
            Optional<OutboxMessage> onDelivered,
            Optional<OutboxMessage> onUndelivered) {
        this(ownerId, undelivered, textToCopy, onDelivered, onUndelivered, false);
    }

    Confirmation shortened() {
        return new Confirmation(ownerId, undelivered, textToCopy, onDelivered, onUndelivered, true);
    }

    public Confirmation {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(undelivered, "undelivered");
        Objects.requireNonNull(textToCopy, "textToCopy");
        Objects.requireNonNull(onDelivered, "onDelivered");
        Objects.requireNonNull(onUndelivered, "onUndelivered");
    }
}
