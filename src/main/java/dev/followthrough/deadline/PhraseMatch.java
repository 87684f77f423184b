package dev.followthrough.deadline;

/**
 * Deadline words found at a place in the text. A {@code strong} match ("tomorrow", "3pm", "in 2
 * days") reads as a deadline even in the middle of the task; a weak one ("morning", "Friday",
 * "soon") only when introduced ("by Friday") or at the end, so "send the morning report" stays whole.
 */
record PhraseMatch(Outcome outcome, int end, boolean strong) {}
