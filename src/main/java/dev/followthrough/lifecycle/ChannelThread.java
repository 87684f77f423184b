package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.platform.outbox.Confirmation;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The thread about a commitment in the channel it was made in, for what happens to it outside
 * an action (coming due, slipping) and for a renegotiation's message when the channel is the only
 * way to the other side. Posts go out with the transaction they announce.
 */
public interface ChannelThread {

    void due(Handle handle, Commitment commitment);

    void missed(Handle handle, Commitment commitment);

    /**
     * The new date, and the owner's message when it can reach the other side no other way, its
     * owner told through {@code confirmation} once it is in. False when nothing could be posted.
     */
    boolean renegotiated(
            Handle handle,
            Commitment commitment,
            boolean beforeDeadline,
            Optional<String> message,
            Optional<Confirmation> confirmation);
}
