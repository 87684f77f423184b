package dev.followthrough.platform.outbox;

/** What became of one claimed message in a sender's hands. */
sealed interface Attempt {

    OutboxStore.Claimed claimed();

    /**
     * Slack was called. {@code sentAs} is what went last: the message, or its plain-text fallback
     * when {@code fellBackNow} (Slack refused the blocks on this very attempt).
     */
    record Made(OutboxStore.Claimed claimed, OutboxMessage sentAs, Delivery delivery, boolean fellBackNow)
            implements Attempt {}

    /** Not sent (the instance is stopping): the claim goes back for any dispatcher to take. */
    record NotMade(OutboxStore.Claimed claimed) implements Attempt {}
}
