package dev.followthrough.platform.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth mode's counterpart of {@link BotAuthorization}: puts the bot token and bot user id of the
 * request's workspace on it, from its installation, without calling Slack before the ack. A request
 * from a workspace with no installation is acknowledged and goes no further.
 */
final class InstallationAuthorization implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(InstallationAuthorization.class);

    private final InstalledBots bots;

    InstallationAuthorization(InstalledBots bots) {
        this.bots = bots;
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(request.getRequestType())
                || MiddlewareOps.isNoTokenRequiredRequest(request)) {
            return chain.next(request);
        }
        var context = request.getContext();
        var bot = bots.serving(context.getEnterpriseId(), context.getTeamId());
        if (bot.isEmpty()) {
            log.warn(
                    "A {} came from workspace {} (organisation {}), where the app is not installed; acknowledged"
                            + " and not handled. Installing it at /slack/install would make it work there.",
                    request.getRequestType(),
                    context.getTeamId(),
                    context.getEnterpriseId() == null ? "none" : context.getEnterpriseId());
            return Response.ok();
        }
        context.setBotToken(bot.get().getBotAccessToken());
        context.setBotUserId(bot.get().getBotUserId());
        context.setBotId(bot.get().getBotId());
        return chain.next(request);
    }
}
