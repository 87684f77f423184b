package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.CommitmentEvent;
import java.time.Instant;

/**
 * A change the domain allowed and the ledger wrote: the commitment before and after, the typed
 * event recorded for it (kind, timing against the deadline, old and new due), what was asked, by
 * whom, and where it was pressed.
 */
public record Change(
        Commitment before, Commitment after, CommitmentEvent event, Act act, String actorId, PressedOn pressedOn) {

    public Instant at() {
        return event.at();
    }
}
