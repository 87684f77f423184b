package dev.followthrough.commitment;

/** The outcome of asking a commitment to change: changed (with the event to record), or refused. */
public sealed interface Transition {

    record Changed(Commitment commitment, CommitmentEvent event) implements Transition {}

    /** Refused, and why. */
    record Refused(Refusal refusal) implements Transition {}
}
