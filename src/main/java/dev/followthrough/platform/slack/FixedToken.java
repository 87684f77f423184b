package dev.followthrough.platform.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
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
    private final Map<String, MethodsClient> byTeam = new ConcurrentHashMap<>();

    FixedToken(Slack slack, String botToken, RefusedTokens refusals) {
        this.slack = slack;
        this.botToken = botToken;
        this.refusals = refusals;
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
}
