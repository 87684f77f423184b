package dev.followthrough.chaos;

import java.time.Instant;
import java.util.Optional;

/**
 * One command the run sent and what became of it.
 *
 * @param tag the word in the promise's text that finds it in the database
 * @param timeouts deliveries that got no answer within Slack's 3 s
 * @param deliveries how often it was delivered (the first time plus Slack-style retries of the same body)
 * @param answer the text of the last answer with HTTP 200, or what went wrong
 */
record Sent(
        String tag,
        Shape shape,
        String userId,
        String channelId,
        String triggerId,
        Instant sentAt,
        Outcome outcome,
        Optional<Instant> answeredAt,
        int deliveries,
        int timeouts,
        String answer) {

    enum Outcome {
        /** HTTP 200 with the recorded summary ("promised", "owes") or "Sent to your DMs". */
        ACKNOWLEDGED,
        /** HTTP 200 with anything else: a refusal, a question, an apology. Nothing was promised. */
        ANSWERED_OTHERWISE,
        /** No HTTP 200 within Slack's 3 s on any delivery: Slack would have shown the user an error. */
        UNANSWERED
    }

    boolean acknowledged() {
        return outcome == Outcome.ACKNOWLEDGED;
    }

    /** The outbox key of the digest this command asked for. */
    String digestKey() {
        return "digest:" + userId + ":now:" + triggerId;
    }
}
