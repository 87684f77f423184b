package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import org.jdbi.v3.core.Handle;

/**
 * Something that follows a change to a commitment, in the change's own transaction: a message
 * queued, a post, a refresh. The list of them is wired in {@code Application}, in the order they run.
 */
public interface Consequence {

    void follow(Handle handle, Change change, Aftermath aftermath);

    /** After "Record the next step": {@code next} was recorded as what follows the commitment pressed on. */
    default void followNextStep(Handle handle, Commitment next, PressedOn pressedOn) {}
}
