package dev.followthrough.calendar;

import dev.followthrough.commitment.Firmness;
import dev.followthrough.lifecycle.Aftermath;
import dev.followthrough.lifecycle.Change;
import dev.followthrough.lifecycle.Consequence;
import org.jdbi.v3.core.Handle;

/**
 * A promise that has just been given its first firm date belongs on a calendar: its confirmation
 * offers the links. (The calendar feed reads the ledger, so a moved date reaches it by itself.)
 */
public final class OfferTheCalendar implements Consequence {

    private final CalendarLinks links;

    public OfferTheCalendar(CalendarLinks links) {
        this.links = links;
    }

    @Override
    public void follow(Handle handle, Change change, Aftermath aftermath) {
        var firmedUp =
                change.before().firmness() == Firmness.SOFT && change.after().firmness() == Firmness.HARD;
        if (firmedUp) {
            links.forCommitment(change.after())
                    .map(CalendarBlocks::addToCalendar)
                    .ifPresent(aftermath::add);
        }
    }
}
