package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Refusal;
import dev.followthrough.commitment.Transitions;

/** What a refusal says to the person who asked, with what they can do instead. */
public final class Refusals {

    private Refusals() {}

    public static String say(Refusal refusal, Commitment commitment) {
        return switch (refusal) {
            case NOT_THE_OWNER ->
                "Only <@" + commitment.ownerId()
                        + "> can change this promise: it's theirs to keep. You can record your own with `/promise`.";
            case ALREADY_KEPT -> "This one is already marked done. Nothing more to do.";
            case ALREADY_UNDONE -> "This promise was already undone, so it isn't tracked any more.";
            case ALREADY_CANCELLED -> "This promise was cancelled, so it isn't tracked any more.";
            case ALREADY_OPEN -> "This promise is open already.";
            case TOO_LATE_TO_REOPEN ->
                "It was marked done more than " + Transitions.REOPEN_WINDOW.toHours()
                        + " hours ago, so it can no longer be reopened. Record it again with `/promise` if it isn't done.";
            case NOT_MISSABLE -> "Only an open promise with a deadline can be missed.";
            case DEADLINE_NOT_AHEAD -> "The new deadline has to be in the future.";
            case NOTHING_CHANGED -> "Nothing changed, so nothing was saved.";
        };
    }
}
