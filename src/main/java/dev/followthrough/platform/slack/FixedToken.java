package dev.followthrough.platform.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Single-workspace mode: every call carries {@code SLACK_BOT_TOKEN}. The client is made with the
 * team it is for, so the Slack client need not ask {@code auth.test} which team that is.
 */
final class FixedToken implements Workspaces {

    private final Slack slack;
    private final String botToken;
    private final RefusedTokens refusals;
    private final MessageCalls messages;
    private final Map<String, MethodsClient> byTeam = new ConcurrentHashMap<>();

    FixedToken(Slack slack, String botToken, RefusedTokens refusals) {
        this.slack = slack;
        this.botToken = botToken;
        this.refusals = refusals;
        this.messages = new MessageCalls(slack);
    }

    @Override
    public MethodsClient methods(String teamId) {
        if (teamId == null) {
            return slack.methods(botToken);
        }
        return byTeam.computeIfAbsent(teamId, team -> {
            refusals.handedOut(botToken, team);
            return slack.methods(botToken, team);
        });
    }

    @Override
    public ChatPostMessageResponse postMessage(String teamId, ChatPostMessageRequest request)
            throws IOException, SlackApiException {
        methods(teamId);
        return messages.post(botToken, request);
    }

    @Override
    public ChatUpdateResponse updateMessage(String teamId, ChatUpdateRequest request)
            throws IOException, SlackApiException {
        methods(teamId);
        return messages.update(botToken, request);
    }
}
