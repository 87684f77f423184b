package dev.followthrough.platform.outbox;

import java.time.Duration;
import java.util.Optional;

/** What came of one attempt to send an outbox message. */
sealed interface Delivery {

    record Sent(SentMessage message) implements Delivery {}

    /** Slack may take it later; {@code retryAfter} is what Slack asked for, if it said. */
    record RetryLater(String reason, Optional<Duration> retryAfter) implements Delivery {}

    /** Slack will never take it as it is. */
    record Refused(String reason) implements Delivery {}
}
