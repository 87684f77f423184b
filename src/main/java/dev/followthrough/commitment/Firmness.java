package dev.followthrough.commitment;

/** How pinned down a deadline is. */
public enum Firmness {
    /** A specific day or instant both sides know. */
    HARD,
    /** Vague or missing: "soon", "next week", "after their board meeting". */
    SOFT
}
