package dev.followthrough.commitment;

/** What happened to a commitment; each transition records one. */
public enum EventKind {
    CREATED,
    KEPT,
    UNDONE
}
