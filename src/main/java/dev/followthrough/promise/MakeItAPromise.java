package dev.followthrough.promise;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.slack.Mrkdwn;
import dev.followthrough.platform.slack.SlackPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The "Make it a promise" message shortcut: shows how to record the message as a promise. */
final class MakeItAPromise {

    static final String CALLBACK_ID = "make_it_a_promise";

    private final SlackPlatform slack;

    MakeItAPromise(SlackPlatform slack) {
        this.slack = slack;
    }

    Response apply(MessageShortcutRequest request, MessageShortcutContext context) {
        var message = request.getPayload().getMessage();
        var author = message == null ? null : message.getUser();
        var text = message == null || message.getText() == null ? "" : Mrkdwn.shorten(message.getText(), 200);
        var forWhom =
                author == null || author.equals(request.getPayload().getUser().getId()) ? "" : " to <@" + author + ">";
        var suggestion = ":memo: To track this as a promise, tell me the next step and when, e.g.\n`/promise reply"
                + forWhom + " about \"" + text.replace("`", "'") + "\" by tomorrow 10am`";
        slack.afterAck("answering the message shortcut", () -> {
            try {
                context.respond(ActionResponse.builder()
                        .responseType("ephemeral")
                        .text(suggestion)
                        .build());
            } catch (IOException unreachable) {
                throw new UncheckedIOException(unreachable);
            }
        });
        return context.ack();
    }
}
