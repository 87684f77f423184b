package dev.followthrough.platform.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

/**
 * Puts the bot token (and, once Slack said who the bot is, its user id) on every request, without
 * calling Slack on the way: Bolt's own single-workspace check calls {@code auth.test} before the
 * ack whenever its cache expires, and fails start-up when Slack can't be reached.
 */
final class BotAuthorization implements Middleware {

    private final String botToken;
    private final SlackConnection connection;

    BotAuthorization(String botToken, SlackConnection connection) {
        this.botToken = botToken;
        this.connection = connection;
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(request.getRequestType())) {
            return chain.next(request);
        }
        var context = request.getContext();
        context.setBotToken(botToken);
        connection.identity().filter(identity -> identity.isOk()).ifPresent(identity -> {
            context.setAuthTestResponse(identity);
            context.setBotUserId(identity.getUserId());
        });
        return chain.next(request);
    }
}
