package dev.followthrough.lifecycle;

/** What came of asking a commitment to change. */
public sealed interface Outcome {

    /** Changed and written, with what its consequences left to say. */
    record Changed(Change change, Aftermath aftermath) implements Outcome {}

    /** Nothing changed; {@code reason} says why, for the person who asked. */
    record Refused(String reason) implements Outcome {}
}
