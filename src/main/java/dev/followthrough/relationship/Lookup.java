package dev.followthrough.relationship;

import java.util.List;

/** Which of a user's relationships {@code /promise with …} means: see {@link FindingTheCounterparty}. */
sealed interface Lookup {

    /** The record, and the counterparties it is made of when more than one matched. */
    record Found(Relationship relationship, List<Relationship> countedTogether) implements Lookup {}

    /** Nothing matched: the user's counterparties, the closest spelling first. */
    record NotFound(List<Relationship> closestFirst) implements Lookup {}
}
