package dev.followthrough.support;

import com.google.gson.JsonObject;
import dev.followthrough.support.SlackStandIn.Call;
import dev.followthrough.support.SlackStandIn.User;
import dev.followthrough.support.SlackStandIn.Workspace;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the stand-in answers each Web API method when nothing refuses or scripts the call. */
final class StandInAnswers {

    final Map<String, User> users = new ConcurrentHashMap<>();
    final Map<String, String> names = new ConcurrentHashMap<>();
    volatile String socketModeUrl = "wss://example.invalid/";
    private final AtomicLong timestamps = new AtomicLong(1_700_000_000_000L);

    String answer(String method, Call call, StandInWorkspaces.Lookup lookup) {
        var known = lookup instanceof StandInWorkspaces.Known found ? found.workspace() : null;
        return switch (method) {
            case "auth.test" ->
                known != null
                        ? authTest(known)
                        : "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\","
                                + "\"user\":\"followthrough\",\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "users.info" -> userInfo(call.param("user"), known == null ? SlackStandIn.DEFAULT_TEAM : call.team());
            case "conversations.info" -> channelInfo(call.param("channel"));
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + call.param("users") + "\"}}";
            case "chat.postMessage", "chat.update" ->
                "{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\"" + nextTimestamp() + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + nextTimestamp() + "\"}";
            case "chat.getPermalink" ->
                "{\"ok\":true,\"permalink\":\"https://example.slack.com/archives/" + call.param("channel") + "/p"
                        + call.param("message_ts").replace(".", "") + "\"}";
            case "views.open", "views.update", "views.publish", "views.push" ->
                "{\"ok\":true,\"view\":{\"id\":\"V" + nextTimestamp().replace(".", "") + "\",\"hash\":\"h"
                        + nextTimestamp() + "\"}}";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    private static String authTest(Workspace workspace) {
        var answer = new JsonObject();
        answer.addProperty("ok", true);
        var host = workspace.teamId() != null
                ? workspace.teamId().toLowerCase(java.util.Locale.ROOT) + ".slack.com"
                : workspace.enterpriseId().toLowerCase(java.util.Locale.ROOT) + ".enterprise.slack.com";
        answer.addProperty("url", "https://" + host + "/");
        answer.addProperty("team", workspace.teamId() != null ? workspace.teamName() : workspace.enterpriseName());
        answer.addProperty("user", "followthrough");
        if (workspace.teamId() != null) {
            answer.addProperty("team_id", workspace.teamId());
        }
        answer.addProperty("user_id", workspace.botUserId());
        answer.addProperty("bot_id", workspace.botId());
        if (workspace.enterpriseId() != null) {
            answer.addProperty("enterprise_id", workspace.enterpriseId());
        }
        answer.addProperty("is_enterprise_install", workspace.enterpriseInstall());
        return answer.toString();
    }

    private String userInfo(String userId, String teamId) {
        var user = users.getOrDefault(userId, new SlackStandIn.User("America/New_York", "en-US"));
        var displayName = names.getOrDefault(userId, "");
        var realName = "Person " + userId;
        return "{\"ok\":true,\"user\":{\"id\":\"" + userId + "\",\"team_id\":\"" + teamId + "\",\"name\":\"user\","
                + "\"real_name\":\"" + realName + "\",\"profile\":{\"display_name\":\"" + displayName
                + "\",\"real_name\":\"" + realName + "\"}," + "\"tz\":\"" + user.timeZone()
                + "\",\"tz_offset\":0,\"locale\":\"" + user.locale() + "\"}}";
    }

    private String channelInfo(String channelId) {
        var name = names.getOrDefault(channelId, "channel-" + channelId.toLowerCase(java.util.Locale.ROOT));
        return "{\"ok\":true,\"channel\":{\"id\":\"" + channelId + "\",\"name\":\"" + name + "\"}}";
    }

    private String nextTimestamp() {
        var micros = timestamps.incrementAndGet();
        return (micros / 1_000_000) + "." + String.format("%06d", micros % 1_000_000);
    }

    void clear() {
        users.clear();
        names.clear();
    }
}
