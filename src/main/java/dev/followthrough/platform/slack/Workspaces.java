package dev.followthrough.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;

/**
 * The Web API as each workspace's bot. Every call names the workspace it is for, so it carries
 * that workspace's token and no other: one deployment may serve many workspaces.
 */
public interface Workspaces {

    /** The Web API with {@code teamId}'s bot token; {@link NotInstalled} when it has none. */
    MethodsClient methods(String teamId);

    /**
     * chat.postMessage as {@code teamId}'s bot, as {@link #methods} makes it; the service's own
     * workspaces make it lighter on the processor, for the outbox, which makes thousands a minute.
     */
    default ChatPostMessageResponse postMessage(String teamId, ChatPostMessageRequest request)
            throws IOException, SlackApiException {
        return methods(teamId).chatPostMessage(request);
    }

    /** chat.update as {@code teamId}'s bot, as {@link #postMessage} is made. */
    default ChatUpdateResponse updateMessage(String teamId, ChatUpdateRequest request)
            throws IOException, SlackApiException {
        return methods(teamId).chatUpdate(request);
    }

    /** Work for a workspace that has no install (never installed, or since removed): final, not to retry. */
    final class NotInstalled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** What the outbox records as the reason a message was not sent. */
        public static final String REASON = "not_installed";

        public NotInstalled(String teamId) {
            super("Workspace " + teamId + " has no installation of the app: nothing can be sent to it");
        }
    }
}
