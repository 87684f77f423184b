package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Replaces a reminder's buttons with what was done, in the transaction of the change itself; on a
 * digest row, answers in the digest's thread and leaves the digest whole.
 */
final class Settling {

    private final Outbox outbox;

    Settling(Outbox outbox) {
        this.outbox = outbox;
    }

    void settle(Handle handle, Where where, Commitment commitment, ReminderMessages.Message message, Instant now) {
        settlement(where, commitment, message, now, "").ifPresent(update -> outbox.enqueue(handle, update));
    }

    /** Tells the owner in a DM, where there was no message to update (a press on App Home). */
    void tellOwner(Handle handle, Commitment commitment, ReminderMessages.Message message, Instant now) {
        outbox.enqueue(
                handle,
                OutboxMessage.post(
                        commitment.teamId(),
                        "told:" + commitment.id() + ":" + now.toEpochMilli(),
                        commitment.ownerId(),
                        message.text(),
                        BlockJson.of(message.blocks()),
                        Optional.empty(),
                        Optional.of(commitment.id())));
    }

    /**
     * The same, told apart from an earlier settlement of the same message at the same instant by
     * {@code keySuffix} (the next step recorded on a message Delivered just settled).
     */
    void settle(
            Handle handle,
            Where where,
            Commitment commitment,
            ReminderMessages.Message message,
            Instant now,
            String keySuffix) {
        settlement(where, commitment, message, now, keySuffix).ifPresent(update -> outbox.enqueue(handle, update));
    }

    /**
     * The update of the reminder to {@code message}, not yet enqueued (a later word on the same
     * reminder, once a message has arrived, is told apart by {@code keySuffix}); empty when the
     * button wasn't on a message.
     */
    Optional<OutboxMessage> settlement(
            Where where, Commitment commitment, ReminderMessages.Message message, Instant now, String keySuffix) {
        if (where.channel().isEmpty() || where.ts().isEmpty()) {
            return Optional.empty();
        }
        if (where.onDigestRow()) {
            // Replacing the digest would wipe every other row: answer beneath it instead.
            return Optional.of(OutboxMessage.post(
                    commitment.teamId(),
                    "settle:" + where.channel().get() + ":" + where.ts().get() + ":" + commitment.id() + ":"
                            + now.toEpochMilli() + keySuffix,
                    where.channel().get(),
                    message.text(),
                    BlockJson.of(message.blocks()),
                    where.ts(),
                    Optional.of(commitment.id())));
        }
        return Optional.of(OutboxMessage.update(
                commitment.teamId(),
                "settle:" + where.channel().get() + ":" + where.ts().get() + ":" + now.toEpochMilli() + keySuffix,
                where.channel().get(),
                where.ts().get(),
                message.text(),
                BlockJson.of(message.blocks()),
                Optional.of(commitment.id())));
    }
}
