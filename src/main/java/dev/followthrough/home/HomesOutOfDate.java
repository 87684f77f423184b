package dev.followthrough.home;

import org.jdbi.v3.core.Handle;

/**
 * Marks a user's App Home as no longer showing the truth, as of the caller's transaction: the
 * Home feature publishes it again shortly. Needs nothing, so it can be handed to the ledger before
 * the Home feature itself is built.
 */
public final class HomesOutOfDate {

    public void outOfDate(Handle handle, String teamId, String userId) {
        handle.attach(HomeMarkStore.class).outOfDate(teamId, userId);
    }
}
