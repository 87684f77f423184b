package dev.followthrough.platform.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a handler's surprise is caught: logged with what Slack sent, and answered with a
 * plain apology instead of a stack trace or a silent failure.
 */
final class SurpriseCatcher implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(SurpriseCatcher.class);

    static final String APOLOGY =
            "Sorry, something went wrong on our side and nothing was changed. Please try again" + " in a minute.";

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes the raw type.
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(request);
        } catch (RuntimeException surprise) {
            log.error(
                    "Failed handling a {} request from team {} user {}",
                    request.getRequestType(),
                    request.getContext().getTeamId(),
                    request.getContext().getRequestUserId(),
                    surprise);
            if (request.getRequestType() == RequestType.Command) {
                return Response.json(200, Map.of("response_type", "ephemeral", "text", APOLOGY));
            }
            return Response.ok();
        }
    }
}
