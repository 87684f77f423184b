package dev.followthrough.commitment;

/** Which way a commitment points: who owes whom. */
public enum Direction {
    /** The owner promised it to the counterparty. */
    MINE,
    /** The counterparty promised it to the owner, who tracks it. */
    THEIRS
}
