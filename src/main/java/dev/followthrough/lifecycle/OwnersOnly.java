package dev.followthrough.lifecycle;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.util.json.GsonFactory;
import dev.followthrough.commitment.Refusal;
import dev.followthrough.ledger.Ledger;
import dev.followthrough.platform.slack.SlackPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Every action of the catalogue, pressed by someone other than the commitment's owner, is refused
 * at the button: before any handler runs, so no form opens with the owner's promise in it. The
 * refusal is ephemeral through the response URL, or a DM where there is none (App Home).
 */
public final class OwnersOnly implements Middleware {

    private final Ledger ledger;
    private final SlackPlatform slack;

    public OwnersOnly(Ledger ledger, SlackPlatform slack) {
        this.ledger = ledger;
        this.slack = slack;
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (request.getRequestType() != RequestType.BlockAction
                || !(request instanceof BlockActionRequest pressed)
                || pressed.getPayload().getActions() == null
                || pressed.getPayload().getActions().isEmpty()) {
            return chain.next(request);
        }
        var payload = pressed.getPayload();
        var presserId = payload.getUser().getId();
        var commitment = commitmentId(pressed)
                .flatMap(id -> ledger.find(payload.getTeam().getId(), id));
        if (commitment.isEmpty() || commitment.get().isOwnedBy(presserId)) {
            // Not ours, malformed or gone: the action's own handler answers that.
            return chain.next(request);
        }
        refuse(pressed, presserId, ":thinking_face: " + Refusals.say(Refusal.NOT_THE_OWNER, commitment.get()));
        return Response.ok();
    }

    /** The commitment a catalogue button points at, read by the value format of its action. */
    private static Optional<Long> commitmentId(BlockActionRequest request) {
        var action = request.getPayload().getActions().get(0);
        var actionId = action.getActionId();
        Pressed value;
        if (Action.SNOOZE.id().equals(actionId)) {
            var selected = action.getSelectedOption();
            value = ActionValues.snooze(selected == null ? null : selected.getValue());
        } else if (Arrays.stream(NextUpdate.values())
                .anyMatch(answer -> answer.id().equals(actionId))) {
            value = ActionValues.nextUpdate(action.getValue());
        } else if (Action.byId(actionId).isPresent()) {
            value = ActionValues.commitment(action.getValue());
        } else {
            return Optional.empty();
        }
        if (value instanceof Pressed.OnCommitment on) {
            return Optional.of(on.commitmentId());
        }
        if (value instanceof Pressed.SnoozeChoice choice) {
            return Optional.of(choice.commitmentId());
        }
        if (value instanceof Pressed.NextUpdateChoice choice) {
            return Optional.of(choice.commitmentId());
        }
        return Optional.empty();
    }

    private void refuse(BlockActionRequest request, String presserId, String text) {
        var responseUrl = request.getResponseUrl();
        slack.afterAck("refusing a button pressed by someone other than the owner", () -> {
            if (responseUrl != null) {
                slack.respond(
                        responseUrl,
                        GsonFactory.createSnakeCase()
                                .toJson(Map.of("response_type", "ephemeral", "replace_original", false, "text", text)));
                return;
            }
            try {
                slack.methods(request.getPayload().getTeam().getId())
                        .chatPostMessage(message -> message.channel(presserId).text(text));
            } catch (IOException | SlackApiException unreachable) {
                throw new UncheckedIOException(new IOException("chat.postMessage failed", unreachable));
            }
        });
    }
}
