package dev.followthrough.ledger;

import org.jdbi.v3.core.Handle;

/**
 * What must follow every write of a commitment, whoever wrote it (a recording, an action, the due
 * sweep), in the same transaction: App Home's view of the owner is out of date.
 */
@FunctionalInterface
public interface AfterEveryWrite {

    AfterEveryWrite NOTHING = (handle, teamId, ownerId) -> {};

    void ownerTouched(Handle handle, String teamId, String ownerId);
}
