package dev.followthrough.lifecycle;

import java.time.Duration;
import java.time.Instant;

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

    /** When this choice, made at {@code now}, reminds again. */
    public Instant until(Instant now, Instant tomorrowMorning) {
        return switch (this) {
            case FIFTEEN_MINUTES -> now.plus(Duration.ofMinutes(15));
            case ONE_HOUR -> now.plus(Duration.ofHours(1));
            case TOMORROW_MORNING -> tomorrowMorning;
        };
    }
}
