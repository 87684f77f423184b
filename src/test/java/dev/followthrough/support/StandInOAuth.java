package dev.followthrough.support;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.followthrough.support.SlackStandIn.Workspace;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slack's side of OAuth: codes a test hands out as if a person had approved the install, and
 * {@code oauth.v2.access} exchanging a code (or, with rotation on, a refresh token) for a bot
 * token the registry then answers to. The answer has the shape Bolt's {@code OAuthV2AccessResponse} reads.
 */
final class StandInOAuth {

    /** A code Slack would put on the redirect: who approved which install. */
    private record Approval(Workspace workspace, String userId) {}

    /** A live refresh token: the install it renews and the access token it replaces. */
    private record Renewal(Workspace workspace, String accessToken) {}

    private final StandInWorkspaces registry;
    private final Map<String, Approval> codes = new ConcurrentHashMap<>();
    private final Map<String, Renewal> refreshTokens = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong();
    private volatile String clientId = SlackStandIn.CLIENT_ID;
    private volatile String clientSecret = SlackStandIn.CLIENT_SECRET;
    private volatile String scopes = SlackStandIn.BOT_SCOPES;
    private volatile Duration rotation;

    StandInOAuth(StandInWorkspaces registry) {
        this.registry = registry;
    }

    void client(String id, String secret) {
        clientId = id;
        clientSecret = secret;
    }

    void scopes(String granted) {
        scopes = granted;
    }

    /** Null turns rotation off: tokens then never expire and no refresh token is given. */
    void rotation(Duration expiresIn) {
        rotation = expiresIn;
    }

    String issueCode(Workspace workspace, String userId) {
        var code = serial.incrementAndGet() + "." + Long.toHexString(System.nanoTime()) + ".code";
        codes.put(code, new Approval(workspace, userId));
        return code;
    }

    /** The whole answer to one oauth.v2.access call. */
    String access(SlackStandIn.Call call) {
        var refusal = clientRefusal(call);
        if (refusal != null) {
            return error(refusal);
        }
        if ("refresh_token".equals(call.param("grant_type"))) {
            return refresh(call.param("refresh_token"));
        }
        var code = call.param("code");
        var approval = code == null ? null : codes.remove(code);
        if (approval == null) {
            return error("invalid_code");
        }
        var answer = issue(approval.workspace());
        var authedUser = new JsonObject();
        authedUser.addProperty("id", approval.userId());
        answer.add("authed_user", authedUser);
        return answer.toString();
    }

    private String refresh(String refreshToken) {
        var renewal = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (renewal == null) {
            return error("invalid_refresh_token");
        }
        // Slack keeps the old token alive until it expires; refusing it at once is what lets a
        // test prove nothing still sends with a stale token.
        registry.refuse(renewal.accessToken(), "token_expired");
        return issue(renewal.workspace()).toString();
    }

    private JsonObject issue(Workspace workspace) {
        var expiresIn = rotation;
        var number = serial.incrementAndGet();
        var owner = workspace.teamId() != null ? workspace.teamId() : workspace.enterpriseId();
        var accessToken = (expiresIn == null ? "xoxb-" : "xoxe.xoxb-1-") + owner + "-" + number;
        registry.add(accessToken, workspace);
        var answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.addProperty("app_id", workspace.appId());
        answer.addProperty("scope", scopes);
        answer.addProperty("token_type", "bot");
        answer.addProperty("access_token", accessToken);
        answer.addProperty("bot_user_id", workspace.botUserId());
        if (expiresIn != null) {
            var refreshToken = "xoxe-1-" + owner + "-" + number;
            refreshTokens.put(refreshToken, new Renewal(workspace, accessToken));
            answer.addProperty("refresh_token", refreshToken);
            answer.addProperty("expires_in", expiresIn.toSeconds());
        }
        answer.add(
                "team",
                workspace.teamId() == null ? JsonNull.INSTANCE : named(workspace.teamId(), workspace.teamName()));
        answer.add(
                "enterprise",
                workspace.enterpriseId() == null
                        ? JsonNull.INSTANCE
                        : named(workspace.enterpriseId(), workspace.enterpriseName()));
        answer.addProperty("is_enterprise_install", workspace.enterpriseInstall());
        return answer;
    }

    /** Slack takes client credentials as HTTP Basic auth or, as it also accepts, as form fields. */
    private String clientRefusal(SlackStandIn.Call call) {
        var id = call.param("client_id");
        var secret = call.param("client_secret");
        var authorization = call.authorization();
        if (authorization != null && authorization.startsWith("Basic ")) {
            var decoded = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring("Basic ".length()).trim()),
                    StandardCharsets.UTF_8);
            var colon = decoded.indexOf(':');
            id = colon < 0 ? decoded : decoded.substring(0, colon);
            secret = colon < 0 ? "" : decoded.substring(colon + 1);
        }
        if (id == null || !id.equals(clientId)) {
            return "invalid_client_id";
        }
        return clientSecret.equals(secret) ? null : "bad_client_secret";
    }

    private static JsonObject named(String id, String name) {
        var named = new JsonObject();
        named.addProperty("id", id);
        named.addProperty("name", name);
        return named;
    }

    private static String error(String error) {
        return "{\"ok\":false,\"error\":\"" + error + "\"}";
    }

    void clear() {
        codes.clear();
        refreshTokens.clear();
        rotation = null;
        clientId = SlackStandIn.CLIENT_ID;
        clientSecret = SlackStandIn.CLIENT_SECRET;
        scopes = SlackStandIn.BOT_SCOPES;
    }
}
