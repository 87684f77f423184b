package dev.followthrough.relationship;

import dev.followthrough.commitment.Commitment;
import dev.followthrough.commitment.Direction;
import dev.followthrough.commitment.Tally;
import dev.followthrough.commitment.Task;
import dev.followthrough.platform.slack.DueText;
import dev.followthrough.platform.slack.Mrkdwn;
import java.util.Locale;

/**
 * A relationship said the same way on every surface (its record, the list, App Home, the digest), in
 * mrkdwn: names escaped, a Slack user as a mention.
 */
public final class RelationshipWords {

    /** How much of a name or a task one line shows. */
    static final int NAME_LENGTH = 80;

    static final int TASK_LENGTH = 80;

    private RelationshipWords() {}

    /** "Acme", or a mention of the Slack user: escaped, a long name shortened. */
    public static String name(Relationship relationship) {
        return Mrkdwn.escapeShortened(relationship.counterparty().display(), NAME_LENGTH);
    }

    /** "you kept 7 of 8 to Acme; Acme kept 2 of 5 to you": kept meaning on time, or renegotiated in time. */
    public static String rates(Relationship relationship) {
        var name = name(relationship);
        return mine(relationship.score().mine(), name) + "; "
                + theirs(relationship.score().theirs(), name);
    }

    private static String mine(Tally tally, String name) {
        if (tally.cameDue() == 0) {
            return "nothing you promised " + name + " has come due yet";
        }
        return "you kept " + tally.followedThrough() + " of " + tally.cameDue() + " to " + name;
    }

    private static String theirs(Tally tally, String name) {
        if (tally.cameDue() == 0) {
            return "nothing " + name + " promised you has come due yet";
        }
        return name + " kept " + tally.followedThrough() + " of " + tally.cameDue() + " to you";
    }

    /** "you 7/8 · them 2/5", for a line with no room for the sentence. */
    public static String shortRates(Relationship relationship) {
        return "you " + fraction(relationship.score().mine()) + " · them "
                + fraction(relationship.score().theirs());
    }

    private static String fraction(Tally tally) {
        return tally.cameDue() == 0 ? "—" : tally.followedThrough() + "/" + tally.cameDue();
    }

    /** "2 of theirs slipped lately", for a relationship whose other side is slipping. */
    public static String slips(Relationship relationship) {
        var count = relationship.slips();
        return count == 1 ? "1 of theirs slipped lately" : count + " of theirs slipped lately";
    }

    /**
     * One line: the name, then what needs saying first (their slips, no next step, or the next step),
     * then both rates in short.
     */
    public static String line(Relationship relationship, Locale locale) {
        var state = relationship.otherSideSlipping()
                ? ":warning: *" + name(relationship) + "* · " + slips(relationship)
                        + relationship.nextStep().map(next -> "").orElse(" · no next step")
                : relationship
                        .nextStep()
                        .map(next -> ":handshake: *" + name(relationship) + "* · next: " + step(next, locale))
                        .orElse(":seedling: *" + name(relationship) + "* · no next step");
        return state + " · " + shortRates(relationship);
    }

    /** "*send the deck* by Fri 4 Dec …", or "theirs, *send the PO* …" for what they owe. */
    public static String step(Commitment commitment, Locale locale) {
        var whose = commitment.direction() == Direction.THEIRS ? "theirs, " : "";
        return whose + task(commitment) + " " + DueText.of(commitment, locale);
    }

    static String task(Commitment commitment) {
        return "*" + Mrkdwn.escapeShortened(commitment.what(), TASK_LENGTH) + "*";
    }

    /** "your promise to *send the deck*", "their promise of *the signed NDA*". */
    static String promise(Commitment commitment) {
        var whose = commitment.direction() == Direction.MINE ? "your" : "their";
        return whose + " promise " + (Task.of(commitment).isVerbPhrase() ? "to " : "of ") + task(commitment);
    }
}
