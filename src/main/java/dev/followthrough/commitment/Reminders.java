package dev.followthrough.commitment;

import java.time.Instant;
import java.util.Optional;

/**
 * What has been said to the owner about a commitment, so each reminder goes out once.
 *
 * @param nudgedThrough nudge moments at or before this are handled (sent, skipped or folded)
 * @param lastNudgedAt when the last nudge went out: never two within an hour
 * @param snoozedUntil the owner asked to be reminded again then
 * @param followUpAt "followed up only": when the owner said the next update would be
 * @param firmUpPromptedAt when the owner was last asked to firm up a soft commitment
 */
public record Reminders(
        Instant nudgedThrough,
        Optional<Instant> lastNudgedAt,
        Optional<Instant> snoozedUntil,
        Optional<Instant> followUpAt,
        Optional<Instant> firmUpPromptedAt) {

    public static Reminders startingAt(Instant instant) {
        return new Reminders(instant, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Reminders nudged(Instant at) {
        return new Reminders(at, Optional.of(at), Optional.empty(), followUpAt, firmUpPromptedAt);
    }

    /** Nudges up to {@code at} count as given without sending one (too soon after the last). */
    public Reminders handledThrough(Instant at) {
        return new Reminders(at, lastNudgedAt, snoozedUntil, followUpAt, firmUpPromptedAt);
    }

    public Reminders snoozedUntil(Instant until) {
        return new Reminders(nudgedThrough, lastNudgedAt, Optional.of(until), followUpAt, firmUpPromptedAt);
    }

    public Reminders followUpAt(Optional<Instant> at) {
        return new Reminders(nudgedThrough, lastNudgedAt, snoozedUntil, at, firmUpPromptedAt);
    }

    public Reminders firmUpPrompted(Instant at) {
        return new Reminders(nudgedThrough, lastNudgedAt, snoozedUntil, followUpAt, Optional.of(at));
    }

    /** A new deadline: nudges start over from now, a snooze of the old one lapses. */
    public Reminders restartedAt(Instant at) {
        return new Reminders(at, lastNudgedAt, Optional.empty(), followUpAt, firmUpPromptedAt);
    }
}
