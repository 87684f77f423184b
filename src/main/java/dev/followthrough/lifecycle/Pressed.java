package dev.followthrough.lifecycle;

/** What a pressed button's value says, read back by {@link ActionValues}; never an exception. */
public sealed interface Pressed {

    /** A button that points at one commitment. */
    record OnCommitment(long commitmentId) implements Pressed {}

    /** A choice in the snooze menu. */
    record SnoozeChoice(long commitmentId, Snooze how) implements Pressed {}

    /** An answer to "when will you have the next update?". */
    record NextUpdateChoice(long commitmentId, NextUpdate when) implements Pressed {}

    /** A value no button of ours makes (hand-made, truncated, or from an older layout). */
    record Malformed(String value) implements Pressed {

        /** What the presser is told. */
        public static final String REASON = "That button no longer points at a promise I know.";
    }
}
