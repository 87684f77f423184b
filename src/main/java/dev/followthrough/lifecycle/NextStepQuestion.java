package dev.followthrough.lifecycle;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.platform.slack.Mrkdwn;

/**
 * The question every keep ends with, wherever it was pressed (DESIGN.md §1, "Always a next step"):
 * what follows with the same person.
 */
public final class NextStepQuestion {

    private NextStepQuestion() {}

    /** "What's the next step with Acme?", or "What's next with them?" for a promise owed to you. */
    public static String of(Commitment commitment) {
        var party = commitment.counterparty().map(who -> Mrkdwn.escape(who.display()));
        if (commitment.direction() == Direction.THEIRS) {
            return party.map(who -> "What's next with " + who + "?").orElse("What's next with them?");
        }
        return party.map(who -> "What's the next step with " + who + "?").orElse("What's the next step?");
    }
}
