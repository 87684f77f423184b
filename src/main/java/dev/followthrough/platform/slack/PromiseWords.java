package dev.followthrough.platform.slack;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Task;

/**
 * A promise said in mrkdwn the same way on every surface, built around the task as its owner wrote
 * it: "your promise to *send Acme the deck*", "*book the demo* for Acme", "Vandelay's promise to
 * *send the signed NDA*". The counterparty is added only when the task doesn't already name them.
 */
public final class PromiseWords {

    private PromiseWords() {}

    /** The task in bold, escaped, shortened to fit a line that says more after it. */
    public static String task(Commitment commitment) {
        return task(commitment, Mrkdwn.WHAT_IN_A_LINE);
    }

    public static String task(Commitment commitment, int most) {
        return "*" + Mrkdwn.escapeShortened(commitment.what(), most) + "*";
    }

    /** The counterparty as a mention or a name, or {@code fallback} when there is none. */
    public static String party(Commitment commitment, String fallback) {
        return commitment
                .counterparty()
                .map(party -> Mrkdwn.escape(party.display()))
                .orElse(fallback);
    }

    /** "*book the demo* for Acme", "*send Acme the deck*", "*send the PO* from Vandelay". */
    public static String withParty(Commitment commitment, int most) {
        return task(commitment, most) + partyAfter(commitment);
    }

    public static String withParty(Commitment commitment) {
        return withParty(commitment, Mrkdwn.WHAT_IN_A_LINE);
    }

    /**
     * "{@code whose} promise to *send the deck*", or "… promise of *the deck*" when the task is a
     * thing rather than something to do; for the owner's own promise, to whom when the task doesn't say.
     */
    public static String promise(Commitment commitment, String whose, int most) {
        var task = Task.of(commitment);
        return whose + " promise " + (task.isVerbPhrase() ? "to " : "of ") + task(commitment, most)
                + (commitment.direction() == Direction.MINE ? partyAfter(commitment) : "");
    }

    public static String promise(Commitment commitment, String whose) {
        return promise(commitment, whose, Mrkdwn.WHAT_IN_A_LINE);
    }

    /** "your promise to *send Acme the deck*" to the owner; "Vandelay's promise to …" for what is owed to them. */
    public static String yourPromise(Commitment commitment) {
        return commitment.direction() == Direction.MINE
                ? promise(commitment, "your")
                : promise(commitment, commitment.counterparty().isPresent() ? party(commitment, "") + "'s" : "their");
    }

    /** " to Acme", " for Acme", " from Vandelay", or nothing when the task already names them. */
    public static String partyAfter(Commitment commitment) {
        var task = Task.of(commitment);
        if (commitment.counterparty().isEmpty() || task.namesCounterparty()) {
            return "";
        }
        var preposition = commitment.direction() == Direction.THEIRS ? "from" : task.preposition();
        return " " + preposition + " " + party(commitment, "");
    }
}
