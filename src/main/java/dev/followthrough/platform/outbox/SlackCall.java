package dev.followthrough.platform.outbox;

import com.google.gson.JsonParseException;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.Workspaces;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an outbox message's Web API call, kept within Block Kit's limits ({@link BlockKitFit}), and
 * says what Slack's answer means for it.
 */
final class SlackCall {

    private static final Logger log = LoggerFactory.getLogger(SlackCall.class);

    // Errors Slack documents as passing. Any other error is final: retrying it for hours would
    // hold back every later message to the same recipient.
    private static final Set<String> TRANSIENT_ERRORS = Set.of(
            "ratelimited",
            "rate_limited",
            "internal_error",
            "fatal_error",
            "service_unavailable",
            "request_timeout",
            "team_added_to_org");

    private final Workspaces workspaces;

    SlackCall(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    Delivery send(OutboxMessage message) {
        Optional<String> blocks;
        try {
            blocks = message.blocksJson().map(BlockKitFit::messageBlocksJson);
        } catch (BlockKitFit.Unfit | JsonParseException | IllegalStateException unfit) {
            // Slack would answer invalid_blocks: say so without asking, so the plain-text fallback goes instead.
            log.warn("Outbox message {} has blocks Slack would refuse: {}", message.dedupeKey(), unfit.getMessage());
            return new Delivery.Refused("invalid_blocks");
        }
        var text = BlockKitFit.messageText(message.text(), blocks.isPresent());
        try {
            return switch (message.method()) {
                case POST_MESSAGE -> post(message, text, blocks);
                case UPDATE -> update(message, text, blocks);
            };
        } catch (SlackApiException notOk) {
            // The plain client throws for any HTTP status but 2xx, a 429 included; it never retries.
            var response = notOk.getResponse();
            return new Delivery.RetryLater(
                    response.code() == 429 ? "ratelimited (HTTP 429)" : "HTTP " + response.code(),
                    retryAfter(response.header("Retry-After")));
        } catch (IOException unreachable) {
            return new Delivery.RetryLater("I/O error: " + unreachable.getMessage(), Optional.empty());
        } catch (Workspaces.NotInstalled gone) {
            // Its tokens are gone: trying again for a day would hold back nothing but the log.
            return new Delivery.Refused(Workspaces.NotInstalled.REASON);
        } catch (RuntimeException surprise) {
            log.error("Sending outbox message {} failed unexpectedly", message.dedupeKey(), surprise);
            return new Delivery.RetryLater("unexpected: " + surprise, Optional.empty());
        }
    }

    private Delivery post(OutboxMessage message, String text, Optional<String> blocks)
            throws IOException, SlackApiException {
        var response = workspaces.postMessage(
                message.teamId(),
                ChatPostMessageRequest.builder()
                        .channel(message.channel())
                        .text(text)
                        .blocksAsString(blocks.orElse(null))
                        .threadTs(message.threadTs().orElse(null))
                        .build());
        return answered(response.isOk(), response.getError(), response.getChannel(), response.getTs());
    }

    private Delivery update(OutboxMessage message, String text, Optional<String> blocks)
            throws IOException, SlackApiException {
        var response = workspaces.updateMessage(
                message.teamId(),
                ChatUpdateRequest.builder()
                        .channel(message.channel())
                        .ts(message.messageTs().orElseThrow())
                        .text(text)
                        .blocksAsString(blocks.orElse(null))
                        .build());
        return answered(response.isOk(), response.getError(), response.getChannel(), response.getTs());
    }

    private static Delivery answered(boolean ok, String error, String channel, String ts) {
        if (ok) {
            return new Delivery.Sent(new SentMessage(channel, ts));
        }
        if (error != null && TRANSIENT_ERRORS.contains(error)) {
            return new Delivery.RetryLater(error, Optional.empty());
        }
        return new Delivery.Refused(error == null ? "unknown_error" : error);
    }

    private static Optional<Duration> retryAfter(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            // Slack sends seconds; an HTTP date (from a proxy) falls back to the back-off.
            return Optional.empty();
        }
    }
}
