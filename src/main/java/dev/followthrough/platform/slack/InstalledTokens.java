package dev.followthrough.platform.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;

/**
 * OAuth mode: each workspace's calls carry the bot token its install gave. The client is made
 * with the team it is for, so the Slack client need not ask {@code auth.test} which team that is.
 */
final class InstalledTokens implements Workspaces {

    private final Slack slack;
    private final InstalledBots bots;
    private final RefusedTokens refusals;

    InstalledTokens(Slack slack, InstalledBots bots, RefusedTokens refusals) {
        this.slack = slack;
        this.bots = bots;
        this.refusals = refusals;
    }

    @Override
    public MethodsClient methods(String teamId) {
        if (teamId == null) {
            throw new IllegalArgumentException("With installs by OAuth, every Web API call names its workspace");
        }
        var bot = bots.ofTeam(teamId).orElseThrow(() -> new NotInstalled(teamId));
        refusals.handedOut(bot.getBotAccessToken(), teamId);
        return slack.methods(bot.getBotAccessToken(), teamId);
    }
}
