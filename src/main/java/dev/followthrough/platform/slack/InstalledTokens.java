package dev.followthrough.platform.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import java.io.IOException;

/**
 * OAuth mode: each workspace's calls carry the bot token its install gave. The client is made
 * with the team it is for, so the Slack client need not ask {@code auth.test} which team that is.
 */
final class InstalledTokens implements Workspaces {

    private final Slack slack;
    private final InstalledBots bots;
    private final RefusedTokens refusals;
    private final MessageCalls messages;

    InstalledTokens(Slack slack, InstalledBots bots, RefusedTokens refusals) {
        this.slack = slack;
        this.bots = bots;
        this.refusals = refusals;
        this.messages = new MessageCalls(slack);
    }

    @Override
    public MethodsClient methods(String teamId) {
        return slack.methods(token(teamId), teamId);
    }

    @Override
    public ChatPostMessageResponse postMessage(String teamId, ChatPostMessageRequest request)
            throws IOException, SlackApiException {
        return messages.post(token(teamId), request);
    }

    @Override
    public ChatUpdateResponse updateMessage(String teamId, ChatUpdateRequest request)
            throws IOException, SlackApiException {
        return messages.update(token(teamId), request);
    }

    private String token(String teamId) {
        if (teamId == null) {
            throw new IllegalArgumentException("With installs by OAuth, every Web API call names its workspace");
        }
        var bot = bots.ofTeam(teamId).orElseThrow(() -> new NotInstalled(teamId));
        refusals.handedOut(bot.getBotAccessToken(), teamId);
        return bot.getBotAccessToken();
    }
}
