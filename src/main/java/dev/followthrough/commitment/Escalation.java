package dev.followthrough.commitment;

import java.time.Duration;
import java.util.Optional;

/**
 * How a channel raises the promises made in it that stay missed: after how much of their owner's
 * working time, and with whom. Only the owner's own promises are raised; see the due sweep's plan.
 *
 * @param after working time after the deadline, counted in the owner's working hours
 * @param contactId the Slack user told by DM; empty means the promise's channel thread
 */
public record Escalation(Duration after, Optional<String> contactId) {

    public static final Duration DEFAULT_AFTER = Duration.ofHours(24);

    /** The fewest and most working hours a channel may ask for. */
    public static final int FEWEST_HOURS = 1;

    public static final int MOST_HOURS = 200;

    public Escalation {
        var hours = after.toHours();
        if (after.toMinutes() % 60 != 0 || hours < FEWEST_HOURS || hours > MOST_HOURS) {
            throw new IllegalArgumentException("escalation is after 1 to 200 whole working hours, not " + after);
        }
    }

    public boolean inThread() {
        return contactId.isEmpty();
    }
}
