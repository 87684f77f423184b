package dev.followthrough.lifecycle;

/** The snooze menu's choices, each with the key its option value starts with. */
public enum Snooze {
    FIFTEEN_MINUTES("15m", "15 minutes"),
    ONE_HOUR("1h", "1 hour"),
    TOMORROW_MORNING("morning", "Tomorrow morning");

    final String key;
    final String label;

    Snooze(String key, String label) {
        this.key = key;
        this.label = label;
    }
}
