package dev.followthrough.reminder;

import dev.followthrough.commitment.Commitment;
import java.time.Instant;

/**
 * A DM the due sweep has for a commitment's owner, before it is known whether it goes out alone or
 * folded with others of the same minute.
 *
 * @param key the dedupe key it has when sent alone
 * @param label what it is, for a folded message's summary: "due in 1 hour", "missed"
 * @param at the moment its check came due
 */
record Reminder(
        Commitment commitment, Plan.Kind kind, String key, ReminderMessages.Message message, String label, Instant at) {

    /** Who hears it, and in which minute: reminders sharing it fold into one message. */
    String minuteOfOwner() {
        return commitment.teamId() + ":" + commitment.ownerId() + ":" + at.getEpochSecond() / 60;
    }

    /** Missed and slipped ones first: repairing a missed deadline can't wait for the rest. */
    int rank() {
        return switch (kind) {
            case MISSED, ESCALATE -> 0;
            case SLIPPED -> 1;
            case FOLLOW_UP -> 2;
            case NUDGE -> 3;
            case FIRM_UP -> 4;
            case DUE -> 5;
        };
    }
}
