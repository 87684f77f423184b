package dev.followthrough.lifecycle;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.Optional;

/**
 * The message a button was pressed on, so what the press did can be shown there: stale buttons
 * must not linger. A message Followthrough sent (a reminder, the digest) is updated through the
 * outbox, by its channel and ts; a row of the digest is not the whole message, so what it did is
 * answered in the digest's thread instead ({@code onDigestRow}). A message Slack showed on
 * Followthrough's behalf (the summary after {@code /promise}, a list) is answered through its
 * {@code responseUrl}. With neither it was App Home. Travels through a form in its
 * private_metadata, without the response URL (a form's submission has none to answer).
 */
public record PressedOn(
        long commitmentId,
        Optional<String> channel,
        Optional<String> ts,
        boolean onDigestRow,
        Optional<String> responseUrl) {

    private static final String DIGEST_ROW = "digest";

    /**
     * Where the button in {@code payload} was: a message Followthrough sent, or (when ephemeral)
     * one answered through the payload's response URL.
     */
    public static PressedOn of(BlockActionPayload payload, long commitmentId) {
        var container = payload.getContainer();
        var inMessage = container != null && "message".equals(container.getType()) && !container.isEphemeral();
        return new PressedOn(
                commitmentId,
                Optional.ofNullable(inMessage ? container.getChannelId() : null),
                Optional.ofNullable(inMessage ? container.getMessageTs() : null),
                ActionButtons.isDigestRow(payload.getActions().get(0).getBlockId()),
                Optional.ofNullable(inMessage ? null : payload.getResponseUrl()));
    }

    /** A message Slack showed for Followthrough (the summary after {@code /promise}): answered through its URL. */
    public static PressedOn answeredThrough(BlockActionPayload payload, long commitmentId) {
        return new PressedOn(
                commitmentId, Optional.empty(), Optional.empty(), false, Optional.ofNullable(payload.getResponseUrl()));
    }

    /** Acted on from a form that no message opened (Edit): nothing to update but App Home. */
    public static PressedOn withoutAMessage(long commitmentId) {
        return new PressedOn(commitmentId, Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /** Whether there was a message to show the outcome on; false for App Home. */
    public boolean onAMessage() {
        return (channel.isPresent() && ts.isPresent()) || responseUrl.isPresent();
    }

    public String metadata(String mode) {
        return mode + "|" + commitmentId + "|" + channel.orElse("") + "|" + ts.orElse("")
                + (onDigestRow ? "|" + DIGEST_ROW : "");
    }

    public static String modeOf(String metadata) {
        return metadata.split("\\|", -1)[0];
    }

    public static PressedOn fromMetadata(String metadata) {
        var parts = metadata.split("\\|", -1);
        return new PressedOn(
                Long.parseLong(parts[1]),
                Optional.of(parts[2]).filter(text -> !text.isEmpty()),
                Optional.of(parts[3]).filter(text -> !text.isEmpty()),
                // Forms opened before the digest rows were told apart carry four parts.
                parts.length > 4 && DIGEST_ROW.equals(parts[4]),
                Optional.empty());
    }
}
