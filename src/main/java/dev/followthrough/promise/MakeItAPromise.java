package dev.followthrough.promise;

import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import dev.followthrough.commitment.Counterparty;
import dev.followthrough.commitment.Direction;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackPlatform;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The "Make it a promise" message shortcut: the promise form, filled in from the message (its
 * text as the task, its author as the counterparty), linked back to it so reminders thread there.
 */
final class MakeItAPromise {

    static final String CALLBACK_ID = "make_it_a_promise";

    private final SlackPlatform slack;
    private final PromiseForms forms;

    MakeItAPromise(SlackPlatform slack, PromiseForms forms) {
        this.slack = slack;
        this.forms = forms;
    }

    Response apply(MessageShortcutRequest request, MessageShortcutContext context) {
        var payload = request.getPayload();
        var message = payload.getMessage();
        var channelId = payload.getChannel().getId();
        var messageTs = message == null ? payload.getMessageTs() : message.getTs();
        var author = Optional.ofNullable(message == null ? null : message.getUser())
                .filter(user -> !user.equals(payload.getUser().getId()));
        var text = message == null || message.getText() == null
                ? ""
                : Mrkdwn.shorten(message.getText().strip(), 1000);
        var prefill = new PromiseModal.Prefill(
                text, author.map(Counterparty::slackUser), Direction.MINE, "", Optional.of(channelId));
        // After the ack: the link is a Web API call, and the trigger_id lives 3 s, so the link gets one.
        slack.afterAck("linking the form to its message", () -> {
            var permalink = permalink(channelId, messageTs);
            var metadata = "message|" + channelId + "|" + messageTs + "|" + permalink.orElse("");
            forms.open(
                    payload.getTeam().getId(),
                    payload.getTriggerId(),
                    PromiseModal.view(metadata, prefill, false, PromiseModal.DEFAULT_HINT));
        });
        return context.ack();
    }

    /** The message's link, so the promise can point back at it; without it the promise still works. */
    private Optional<String> permalink(String channelId, String messageTs) {
        var lookup = CompletableFuture.supplyAsync(() -> {
            try {
                var response = slack.methods()
                        .chatGetPermalink(link -> link.channel(channelId).messageTs(messageTs));
                return response.isOk() ? Optional.ofNullable(response.getPermalink()) : Optional.<String>empty();
            } catch (IOException | SlackApiException unreachable) {
                return Optional.<String>empty();
            }
        });
        try {
            return lookup.get(PERMALINK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slowOrFailed) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** What the link may take of the trigger_id's 3 s before the form opens without it. */
    private static final Duration PERMALINK_WAIT = Duration.ofMillis(1500);
}
