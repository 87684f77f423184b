package dev.followthrough.commitment;

/** What an edit may correct. */
public enum EditedField {
    WHAT,
    COUNTERPARTY,
    DIRECTION,
    DEADLINE
}
