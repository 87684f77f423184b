package dev.followthrough.channel;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.platform.slack.PromiseWords;

/** What the promise's thread is told when it comes due, slips, is kept, or turns out not kept after all. */
final class ChannelPostTexts {

    private ChannelPostTexts() {}

    static String due(Commitment commitment) {
        return ":hourglass: Due now: " + whosePromise(commitment) + ".";
    }

    static String missed(Commitment commitment) {
        return commitment.direction() == Direction.THEIRS
                ? ":hourglass_flowing_sand: Not in yet: " + whosePromise(commitment) + "."
                : ":warning: Slipped past its deadline: " + whosePromise(commitment) + ". <@" + commitment.ownerId()
                        + "> will set a new time.";
    }

    static String kept(Commitment commitment, boolean late) {
        var who = commitment.direction() == Direction.MINE
                ? "<@" + commitment.ownerId() + ">"
                : PromiseWords.party(commitment, "They");
        return ":white_check_mark: Kept" + (late ? ", a little late" : "") + ": " + who + " delivered on "
                + PromiseWords.promise(commitment, "their") + owedTo(commitment) + ".";
    }

    static String reopened(Commitment commitment) {
        return ":arrow_backward: Not delivered after all: " + whosePromise(commitment)
                + (commitment.direction() == Direction.THEIRS ? "," : "") + " is open again.";
    }

    /** Called off or dropped; the reason stays with the owner. */
    static String calledOff(Commitment commitment) {
        return commitment.direction() == Direction.THEIRS
                ? ":wastebasket: Dropped: <@" + commitment.ownerId() + "> stopped waiting on "
                        + whosePromise(commitment) + "."
                : ":no_entry_sign: Called off: " + whosePromise(commitment) + ". It won't be delivered.";
    }

    /** What happened to the date, as it happened: nobody is said to have agreed. */
    static String moved(Commitment commitment, String when, boolean beforeDeadline) {
        return ":calendar: <@" + commitment.ownerId() + "> moved " + PromiseWords.promise(commitment, "the") + " to "
                + when + (beforeDeadline ? ", before the old deadline." : ", after the old deadline had passed.");
    }

    /** "<@owner>'s promise to *send Acme the deck*"; "Vandelay's promise to *send the NDA*, owed to <@owner>". */
    private static String whosePromise(Commitment commitment) {
        if (commitment.direction() == Direction.MINE) {
            return PromiseWords.promise(commitment, "<@" + commitment.ownerId() + ">'s");
        }
        var whose = commitment.counterparty().isPresent() ? PromiseWords.party(commitment, "") + "'s" : "a";
        return PromiseWords.promise(commitment, whose) + owedTo(commitment);
    }

    private static String owedTo(Commitment commitment) {
        return commitment.direction() == Direction.THEIRS ? ", owed to <@" + commitment.ownerId() + ">" : "";
    }
}
