package dev.followthrough.lifecycle;

/**
 * The answers to "when will you have the next update?" after Followed up only: each is a button
 * of its own (its own action id) and puts the next check that many mornings ahead.
 */
public enum NextUpdate {
    TOMORROW("reminder_update_at_tomorrow", "tomorrow", "Tomorrow morning", 1),
    IN_TWO_DAYS("reminder_update_at_2days", "2days", "In 2 days", 2),
    IN_A_WEEK("reminder_update_at_week", "week", "In a week", 7);

    private final String id;
    final String key;
    final String label;
    private final int mornings;

    NextUpdate(String id, String key, String label, int mornings) {
        this.id = id;
        this.key = key;
        this.label = label;
        this.mornings = mornings;
    }

    /** The action_id of this answer's button. */
    public String id() {
        return id;
    }

    /** How many mornings from today the next check is. */
    public int mornings() {
        return mornings;
    }
}
