package dev.followthrough.platform.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.methods.SlackApiException;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever pressed a button or used a shortcut why nothing happened, after the ack (the press
 * itself has no answer body): an ephemeral reply through the response URL, or a DM from the app
 * where there is none (App Home). Sent directly, not through the outbox: the database may be the
 * reason.
 */
final class FailureNotices implements SurpriseCatcher.Telling {

    private static final Logger log = LoggerFactory.getLogger(FailureNotices.class);

    private final Slack slack;
    private final Workspaces workspaces;
    private final Executor afterAck;

    FailureNotices(Slack slack, Workspaces workspaces, Executor afterAck) {
        this.slack = slack;
        this.workspaces = workspaces;
        this.afterAck = afterAck;
    }

    @Override
    public void tellAfterAck(Request<?> request, String text) {
        var responseUrl = request instanceof BlockActionRequest action
                ? action.getResponseUrl()
                : request instanceof MessageShortcutRequest shortcut
                        ? shortcut.getPayload().getResponseUrl()
                        : null;
        var userId = request.getContext().getRequestUserId();
        var teamId = request.getContext().getTeamId();
        afterAck.execute(() -> {
            try {
                if (responseUrl != null) {
                    var body = GsonFactory.createSnakeCase()
                            .toJson(Map.of("response_type", "ephemeral", "replace_original", false, "text", text));
                    slack.send(responseUrl, body);
                } else if (userId != null) {
                    workspaces
                            .methods(teamId)
                            .chatPostMessage(message -> message.channel(userId).text(text));
                }
            } catch (IOException | SlackApiException | RuntimeException unreachable) {
                log.warn("Could not tell {} that their request failed: {}", userId, unreachable.toString());
            }
        });
    }
}
