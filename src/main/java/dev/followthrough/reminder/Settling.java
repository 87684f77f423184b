package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.platform.outbox.BlockJson;
import dev.followthrough.platform.outbox.Outbox;
import dev.followthrough.platform.outbox.OutboxMessage;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Replaces a reminder's buttons with what was done, in the transaction of the change itself. */
final class Settling {

    private final Outbox outbox;

    Settling(Outbox outbox) {
        this.outbox = outbox;
    }

    void settle(Handle handle, Where where, Commitment commitment, ReminderMessages.Message message, Instant now) {
        if (where.channel().isEmpty() || where.ts().isEmpty()) {
            return;
        }
        outbox.enqueue(
                handle,
                OutboxMessage.update(
                        commitment.teamId(),
                        "settle:" + where.channel().get() + ":" + where.ts().get() + ":" + now.toEpochMilli(),
                        where.channel().get(),
                        where.ts().get(),
                        message.text(),
                        BlockJson.of(message.blocks()),
                        Optional.of(commitment.id())));
    }
}
