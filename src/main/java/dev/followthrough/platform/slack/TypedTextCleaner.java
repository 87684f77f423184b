package dev.followthrough.platform.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * Removes {@link ControlCharacters} from what people type before any handler sees it: a command's
 * text, a form's typed values (submitted, or sent live by an input), a message made into a promise.
 * The payload is changed in place: Bolt hands the next middleware the request it was given, not
 * the one passed on.
 */
final class TypedTextCleaner implements Middleware {

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (request instanceof SlashCommandRequest command && command.getPayload() != null) {
            command.getPayload()
                    .setText(ControlCharacters.removeFrom(command.getPayload().getText()));
        } else if (request instanceof ViewSubmissionRequest submission && submission.getPayload() != null) {
            clean(submission.getPayload().getView());
        } else if (request instanceof BlockActionRequest action && action.getPayload() != null) {
            var payload = action.getPayload();
            clean(payload.getView());
            clean(payload.getState());
            if (payload.getActions() != null) {
                payload.getActions().forEach(each -> each.setValue(ControlCharacters.removeFrom(each.getValue())));
            }
        } else if (request instanceof MessageShortcutRequest shortcut && shortcut.getPayload() != null) {
            clean(shortcut.getPayload().getMessage());
        }
        return chain.next(request);
    }

    private static void clean(View view) {
        if (view != null) {
            clean(view.getState());
        }
    }

    private static void clean(ViewState state) {
        if (state == null || state.getValues() == null) {
            return;
        }
        state.getValues().values().forEach(block -> block.values().forEach(TypedTextCleaner::clean));
    }

    private static void clean(ViewState.Value value) {
        if (value != null) {
            value.setValue(ControlCharacters.removeFrom(value.getValue()));
        }
    }

    private static void clean(Message message) {
        if (message != null) {
            message.setText(ControlCharacters.removeFrom(message.getText()));
        }
    }
}
