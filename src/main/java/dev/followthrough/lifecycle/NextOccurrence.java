package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Status;
import dev.followthrough.ledger.Series;
import org.jdbi.v3.core.Handle;

/**
 * An occurrence of a recurring promise kept or cancelled before it was due: the next one is made
 * now, in the same transaction, rather than when this one would have come due. A moved deadline
 * leaves the series as it is.
 */
public final class NextOccurrence implements Consequence {

    private final Series series;

    public NextOccurrence(Series series) {
        this.series = series;
    }

    @Override
    public void follow(Handle handle, Change change, Aftermath aftermath) {
        var status = change.after().status();
        if (change.before().status().isOpen() && (status == Status.KEPT || status == Status.CANCELLED)) {
            series.afterClosed(handle, change.after(), change.at());
        }
    }
}
