package dev.followthrough.platform.outbox;

import java.util.Objects;
import java.util.Optional;

/**
 * A Slack Web API call waiting in the outbox, sent once per {@code (teamId, dedupeKey)}.
 *
 * <p>The dedupe key names the event the message announces, e.g. {@code nudge:42:v1:1440} for
 * commitment 42's 24-hour nudge on the first version of its deadline: enqueueing it again changes
 * nothing. Messages to one {@code recipient} (a user or channel id) are sent in the order they were
 * enqueued.
 *
 * @param blocksJson Block Kit blocks as a JSON array (see {@link BlockJson}); the text is then the
 *     notification's fallback
 * @param threadTs the parent message, to post in its thread
 * @param messageTs the message {@code chat.update} changes
 * @param confirmation what to tell the owner once Slack took the message or finally didn't, for a
 *     message sent on their behalf to someone else
 */
public record OutboxMessage(
        String teamId,
        String dedupeKey,
        Method method,
        String recipient,
        String channel,
        String text,
        Optional<String> blocksJson,
        Optional<String> threadTs,
        Optional<String> messageTs,
        Optional<Long> commitmentId,
        Optional<Confirmation> confirmation) {

    /** The Web API methods the outbox can call. */
    public enum Method {
        POST_MESSAGE("chat.postMessage"),
        UPDATE("chat.update");

        private final String slackName;

        Method(String slackName) {
            this.slackName = slackName;
        }

        public String slackName() {
            return slackName;
        }

        static Method fromSlackName(String slackName) {
            for (var method : values()) {
                if (method.slackName.equals(slackName)) {
                    return method;
                }
            }
            throw new IllegalArgumentException("Not an outbox method: " + slackName);
        }
    }

    public OutboxMessage {
        requireText(teamId, "teamId");
        requireText(dedupeKey, "dedupeKey");
        Objects.requireNonNull(method, "method");
        requireText(recipient, "recipient");
        requireText(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(blocksJson, "blocksJson");
        Objects.requireNonNull(threadTs, "threadTs");
        Objects.requireNonNull(messageTs, "messageTs");
        Objects.requireNonNull(commitmentId, "commitmentId");
        Objects.requireNonNull(confirmation, "confirmation");
        if (text.isBlank() && blocksJson.isEmpty()) {
            // Slack refuses it (no_text); better to fail in the caller's transaction than at sending.
            throw new IllegalArgumentException("A message needs text or blocks: " + dedupeKey);
        }
        if (method == Method.UPDATE && messageTs.isEmpty()) {
            throw new IllegalArgumentException("chat.update needs the ts of the message it changes: " + dedupeKey);
        }
    }

    /**
     * {@code chat.postMessage} to a channel, or to a user id for a DM; {@code blocksJson} may be
     * null for a text-only message.
     */
    public static OutboxMessage post(
            String teamId,
            String dedupeKey,
            String channelOrUserId,
            String text,
            String blocksJson,
            Optional<String> threadTs,
            Optional<Long> commitmentId) {
        return new OutboxMessage(
                teamId,
                dedupeKey,
                Method.POST_MESSAGE,
                channelOrUserId,
                channelOrUserId,
                text,
                Optional.ofNullable(blocksJson),
                threadTs,
                Optional.empty(),
                commitmentId,
                Optional.empty());
    }

    /**
     * {@code chat.update} of the message at {@code ts} in {@code channel} (for a DM, the channel
     * {@link Outbox#sent} reported, not the user id); {@code blocksJson} may be null.
     */
    public static OutboxMessage update(
            String teamId,
            String dedupeKey,
            String channel,
            String ts,
            String text,
            String blocksJson,
            Optional<Long> commitmentId) {
        return new OutboxMessage(
                teamId,
                dedupeKey,
                Method.UPDATE,
                channel,
                channel,
                text,
                Optional.ofNullable(blocksJson),
                Optional.empty(),
                Optional.of(ts),
                commitmentId,
                Optional.empty());
    }

    /** This message, its owner told what became of it: see {@link Confirmation}. */
    public OutboxMessage confirmedBy(Confirmation confirmation) {
        return new OutboxMessage(
                teamId,
                dedupeKey,
                method,
                recipient,
                channel,
                text,
                blocksJson,
                threadTs,
                messageTs,
                commitmentId,
                Optional.of(confirmation));
    }

    /** The same call with only text: what is sent when Slack refuses the blocks. */
    OutboxMessage asPlainText(String plainText) {
        // chat.update keeps a message's old blocks unless told to drop them with an empty list.
        var noBlocks = method == Method.UPDATE ? Optional.of("[]") : Optional.<String>empty();
        return new OutboxMessage(
                teamId,
                dedupeKey,
                method,
                recipient,
                channel,
                plainText,
                noBlocks,
                threadTs,
                messageTs,
                commitmentId,
                confirmation);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
