package dev.followthrough.export;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.followthrough.platform.slack.BlockKitFit;
import dev.followthrough.platform.slack.SlackPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * "Revoke this link" under a ledger link: revokes that link (not a newer one made since), and the
 * message says so in its place.
 */
final class RevokeButton {

    private final ExportLinks links;
    private final SlackPlatform slack;

    RevokeButton(ExportLinks links, SlackPlatform slack) {
        this.links = links;
        this.slack = slack;
    }

    Response press(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var token = payload.getActions().get(0).getValue();
        var revoked = token != null && links.revoke(context.getTeamId(), context.getRequestUserId(), token);
        var answer = ActionResponse.builder()
                .responseType("ephemeral")
                .replaceOriginal(true)
                .text(revoked ? ExportAnswers.REVOKED : ExportAnswers.NOTHING_TO_REVOKE)
                .build();
        if (context.getResponseUrl() != null) {
            slack.afterAck("answering a ledger link's revoke", () -> {
                try {
                    context.respond(BlockKitFit.response(answer));
                } catch (IOException unreachable) {
                    throw new UncheckedIOException("Could not answer through the response_url", unreachable);
                }
            });
        }
        return context.ack();
    }
}
