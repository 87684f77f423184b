package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Escalation;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Where a channel raises its promises that stay missed, for the due sweep: the channel's own
 * setting (keyed by workspace and channel, so no other workspace's applies) and the raising itself,
 * a post in the promise's thread or a DM to the contact. Both run in the sweep's transaction.
 */
public interface Escalations {

    /** The channel's escalation; empty when it has none (the default). */
    Optional<Escalation> of(Handle handle, String teamId, String channelId);

    /**
     * Raises {@code commitment}, missed, as {@code escalation} says, through the outbox and once per
     * deadline version. {@code ownerToldAt} is when its owner heard it would be.
     */
    void raise(Handle handle, Commitment commitment, Escalation escalation, Instant ownerToldAt);

    /** No channel escalates: for tools that sweep without the channel feature. */
    Escalations NONE = new Escalations() {
        @Override
        public Optional<Escalation> of(Handle handle, String teamId, String channelId) {
            return Optional.empty();
        }

        @Override
        public void raise(Handle handle, Commitment commitment, Escalation escalation, Instant ownerToldAt) {
            throw new IllegalStateException("no channel escalates here");
        }
    };
}
