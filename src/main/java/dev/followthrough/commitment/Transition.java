package dev.followthrough.commitment;

/** The outcome of asking a commitment to change: changed (with the event to record), or refused. */
public sealed interface Transition {

    record Changed(Commitment commitment, CommitmentEvent event) implements Transition {}

    /** Refused, with a sentence for the person who asked. */
    record Refused(String reason) implements Transition {}
}
