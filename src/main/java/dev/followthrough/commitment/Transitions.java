package dev.followthrough.commitment;

import java.time.Instant;
import java.util.Optional;

/** The rules for changing a commitment: who may, and from which state. */
public final class Transitions {

    private Transitions() {}

    /** Delivered: kept, on time or late. */
    public static Transition markKept(Commitment commitment, String actorId, Instant now) {
        if (!commitment.isOwnedBy(actorId)) {
            return notYours(commitment);
        }
        if (!commitment.status().isOpen()) {
            return new Transition.Refused(alreadyClosed(commitment));
        }
        var late = commitment.due().filter(now::isAfter).isPresent();
        var event = CommitmentEvent.by(actorId, EventKind.KEPT, now).withDetail(late ? "late" : "on time");
        return new Transition.Changed(commitment.with(Status.KEPT, Optional.of(now), now), event);
    }

    /** Taken back: recorded by mistake, it should never have been there. */
    public static Transition undo(Commitment commitment, String actorId, Instant now) {
        if (!commitment.isOwnedBy(actorId)) {
            return notYours(commitment);
        }
        if (!commitment.status().isOpen()) {
            return new Transition.Refused(alreadyClosed(commitment));
        }
        var event = CommitmentEvent.by(actorId, EventKind.UNDONE, now);
        return new Transition.Changed(commitment.with(Status.UNDONE, Optional.of(now), now), event);
    }

    private static Transition notYours(Commitment commitment) {
        return new Transition.Refused("Only <@" + commitment.ownerId()
                + "> can change this promise: it's theirs to keep. You can record your own with `/promise`.");
    }

    private static String alreadyClosed(Commitment commitment) {
        return switch (commitment.status()) {
            case KEPT -> "This one is already marked done. Nothing more to do.";
            case UNDONE -> "This promise was already undone, so it isn't tracked any more.";
            case CANCELLED -> "This promise was cancelled, so it isn't tracked any more.";
            case OPEN, MISSED -> throw new IllegalStateException("an open commitment is not closed");
        };
    }
}
