package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import org.jdbi.v3.core.Handle;

/**
 * The thread about a commitment in the channel it was made in, for what happens to it outside
 * an action (coming due, slipping) and for the note on a new date the owner chose to post. The
 * channel is the team's, never the way to the other side. Posts go out with the transaction they
 * announce.
 */
public interface ChannelThread {

    void due(Handle handle, Commitment commitment);

    void missed(Handle handle, Commitment commitment);

    /**
     * A short factual note that the deadline moved, and whether before or after the old one passed.
     * False when nothing could be posted.
     */
    boolean renegotiated(Handle handle, Commitment commitment, boolean beforeDeadline);
}
